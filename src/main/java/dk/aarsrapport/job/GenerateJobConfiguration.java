package dk.aarsrapport.job;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import dk.aarsrapport.ingest.InputReader;
import dk.aarsrapport.ingest.Texts;
import dk.aarsrapport.publish.Publisher;
import dk.aarsrapport.report.AreaRenderer;
import dk.aarsrapport.report.DocumentPlan;
import dk.aarsrapport.report.ReportAssembler;
import dk.aarsrapport.report.RenderedFile;
import dk.aarsrapport.stage.Politikomraade;
import dk.aarsrapport.stage.StagedData;
import dk.aarsrapport.stage.StagingWriter;
import dk.aarsrapport.validate.BlockedAreas;
import dk.aarsrapport.validate.ValidationRun;
import dk.aarsrapport.validate.Validator;

/**
 * The two jobs, read top to bottom. {@code generate}: read the input folder into staging → validate →
 * render each politikområde into the run's work folder → publish (move into place, write the
 * validation report and the manifest). {@code validate}: the first two steps and the validation report.
 * Year, input and output folders are job parameters; nothing about a particular year lives here.
 */
@Configuration
class GenerateJobConfiguration {

    static final String GENERATE = "generate";
    static final String VALIDATE = "validate";
    static final String INGEST_FINDINGS = "ingestFindings";

    @Bean
    Job generateJob(JobRepository jobRepository, Step ingestStep, Step validateStep, Step renderStep,
                    Step assembleStep, Step publishStep) {
        return new JobBuilder(GENERATE, jobRepository)
                .start(ingestStep)
                .next(validateStep)
                .next(renderStep)
                .next(assembleStep)
                .next(publishStep)
                .build();
    }

    @Bean
    Job validateJob(JobRepository jobRepository, Step ingestStep, Step validateStep, Step validationReportStep) {
        return new JobBuilder(VALIDATE, jobRepository)
                .start(ingestStep)
                .next(validateStep)
                .next(validationReportStep)
                .build();
    }

    /** Reads every workbook and CSV file of the input folder into the staging tables. */
    @Bean
    Step ingestStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, InputReader reader,
                    StagedData staged, Progress progress) {
        return new StepBuilder("ingestStep", jobRepository).tasklet((contribution, chunk) -> {
            StepExecution step = contribution.getStepExecution();
            RunContext run = RunContext.of(step.getJobExecution());
            progress.phase("Læser " + run.input() + " …");
            run.outputFolder().discardAbandonedWork();
            StagingWriter out = staged.newRun(run.runId());
            Map<?, Integer> rows = reader.read(run.input(), run.year(), out);
            step.getJobExecution().getExecutionContext().putInt(INGEST_FINDINGS, out.findingCount());
            progress.item(rows.values().stream().mapToInt(Integer::intValue).sum() + " rækker læst fra "
                    + staged.files(run.runId()).size() + " fil(er)");
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }

    /** Runs every rule of validation.md over the staged data; findings are stored, never thrown. */
    @Bean
    Step validateStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, Validator validator,
                      StagedData staged, Progress progress) {
        return new StepBuilder("validateStep", jobRepository).tasklet((contribution, chunk) -> {
            StepExecution step = contribution.getStepExecution();
            RunContext run = RunContext.of(step.getJobExecution());
            progress.phase("Validerer …");
            int ingestFindings = step.getJobExecution().getExecutionContext().getInt(INGEST_FINDINGS, 0);
            StagingWriter out = staged.append(run.runId(), ingestFindings);
            validator.validate(new ValidationRun(run.runId(), run.year()), out);
            out.flush();
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }

    /** One politikområde per chunk: a restart continues after the last one rendered. */
    @Bean
    Step renderStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                    ListItemReader<Politikomraade> politikomraadeReader,
                    ItemProcessor<Politikomraade, RenderedFile> politikomraadeProcessor,
                    ItemWriter<RenderedFile> renderedFileLogger) {
        return new StepBuilder("renderStep", jobRepository).<Politikomraade, RenderedFile>chunk(1)
                .transactionManager(transactionManager)
                .reader(politikomraadeReader)
                .processor(politikomraadeProcessor)
                .writer(renderedFileLogger)
                .build();
    }

    @Bean
    @StepScope
    ListItemReader<Politikomraade> politikomraadeReader(StagedData staged,
                                                        @Value("#{stepExecution}") StepExecution step,
                                                        Progress progress) {
        RunContext run = RunContext.of(step.getJobExecution());
        progress.phase("Danner PDF pr. politikområde …");
        return new ListItemReader<>(staged.politikomraader(run.runId()));
    }

    /** Renders a politikområde, or skips it (null) when validation blocked it and no draft was asked for. */
    @Bean
    @StepScope
    ItemProcessor<Politikomraade, RenderedFile> politikomraadeProcessor(AreaRenderer renderer, BlockedAreas blockedAreas,
                                                                       @Value("#{stepExecution}") StepExecution step,
                                                                       Progress progress) {
        RunContext run = RunContext.of(step.getJobExecution());
        Set<String> blocked = blockedAreas.of(run.runId());
        return area -> {
            boolean isBlocked = blocked.contains(Texts.key(area.navn()));
            if (isBlocked && !run.draft()) {
                progress.item(area.nr() + " " + area.navn() + ": ikke udgivet (valideringsfejl)");
                return null;
            }
            return renderer.render(run.runId(), run.year(), area, isBlocked, run.outputFolder());
        };
    }

    @Bean
    ItemWriter<RenderedFile> renderedFileLogger(Progress progress) {
        return files -> files.forEach(f -> progress.item(f.label() + " → " + f.relativePath() + " (" + f.pages()
                + (f.pages() == 1 ? " side)" : " sider)")));
    }

    /**
     * The whole report and the packs, joined from the pages rendered above (nothing is filled twice);
     * each document names the politikområder it leaves out.
     */
    @Bean
    Step assembleStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                      DocumentPlan plan, ReportAssembler assembler, BlockedAreas blockedAreas, StagedData staged,
                      Progress progress) {
        return new StepBuilder("assembleStep", jobRepository).tasklet((contribution, chunk) -> {
            RunContext run = RunContext.of(contribution.getStepExecution().getJobExecution());
            List<DocumentPlan.Document> documents = plan.documents(run.runId(), run.year(),
                    blockedAreas.of(run.runId()), run.draft());
            if (documents.isEmpty()) {
                return RepeatStatus.FINISHED;
            }
            progress.phase("Samler årsberetning og pakker …");
            Map<String, String> rapport = staged.rapport(run.runId());
            for (DocumentPlan.Document d : documents) {
                boolean kladde = d.relative().startsWith("kladde/");
                ReportAssembler.Cover cover = new ReportAssembler.Cover(rapport.get(Texts.key("Kommune")),
                        rapport.get(Texts.key("Titel")), run.year(), d.modtager(),
                        kladde ? AreaRenderer.DRAFT_MARK : null);
                RenderedFile f = assembler.assemble(d.label(), d.relative(), cover, d.parts(), run.outputFolder());
                progress.item(f.relativePath() + " (" + f.pages() + (f.pages() == 1 ? " side)" : " sider)"));
            }
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }

    /** Moves the rendered files into place and writes the validation report and manifest. */
    @Bean
    Step publishStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, Publisher publisher,
                     Progress progress) {
        return new StepBuilder("publishStep", jobRepository).tasklet((contribution, chunk) -> {
            StepExecution step = contribution.getStepExecution();
            RunContext run = RunContext.of(step.getJobExecution());
            progress.phase("Udgiver til " + run.output() + " …");
            List<String> written = publisher.publish(run.runId(), run.year(), run.outputFolder(),
                    step.getJobExecution().getStartTime(), true);
            step.getJobExecution().getExecutionContext().put(Publisher.WRITTEN, String.join("\n", written));
            contribution.incrementWriteCount(written.size());
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }

    /** For {@code validate}: the validation report alone, published like every other file. */
    @Bean
    Step validationReportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                              Publisher publisher) {
        return new StepBuilder("validationReportStep", jobRepository).tasklet((contribution, chunk) -> {
            StepExecution step = contribution.getStepExecution();
            RunContext run = RunContext.of(step.getJobExecution());
            List<String> written = publisher.publish(run.runId(), run.year(), run.outputFolder(),
                    step.getJobExecution().getStartTime(), false);
            step.getJobExecution().getExecutionContext().put(Publisher.WRITTEN, String.join("\n", written));
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }
}
