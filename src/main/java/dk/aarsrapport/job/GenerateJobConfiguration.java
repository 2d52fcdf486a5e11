package dk.aarsrapport.job;

import dk.aarsrapport.base.RunContext;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import dk.aarsrapport.change.ChangeReport;
import dk.aarsrapport.deliver.Delivery;
import dk.aarsrapport.base.DeliveryMode;
import dk.aarsrapport.plan.ExpectedOutputs;
import dk.aarsrapport.plan.PreviousOutput;
import dk.aarsrapport.report.PrintCache;
import dk.aarsrapport.ingest.InputReader;
import dk.aarsrapport.base.Texts;
import dk.aarsrapport.base.OutputFolder;
import dk.aarsrapport.publish.Publisher;
import dk.aarsrapport.report.PolitikomraadeWriter;
import dk.aarsrapport.plan.DocumentPlan;
import dk.aarsrapport.report.MaalopfoelgningRenderer;
import dk.aarsrapport.report.ReportAssembler;
import dk.aarsrapport.report.RenderedFile;
import dk.aarsrapport.stage.MaalRammer;
import dk.aarsrapport.stage.Politikomraade;
import dk.aarsrapport.stage.StagedData;
import dk.aarsrapport.stage.StagingWriter;
import dk.aarsrapport.validate.BlockedPolitikomraader;
import dk.aarsrapport.validate.ValidationRun;
import dk.aarsrapport.validate.Validator;

/**
 * The two jobs, read top to bottom. {@code generate}: read the input folder into staging → validate →
 * render each politikområde into the run's work folder → render each goal framework of Målopfølgning →
 * join the whole report and the packs → publish (move into place, write the validation report and
 * the manifest) → deliver (with --send or --dry-run: mail each Modtagere row its published pack).
 * {@code validate}: the first two steps and the validation report.
 * Year, input and output folders are job parameters; nothing about a particular year lives here.
 */
@Configuration
class GenerateJobConfiguration {

    static final String GENERATE = "generate";
    static final String VALIDATE = "validate";
    static final String INGEST_FINDINGS = "ingestFindings";
    static final String UNCHANGED = "unchanged";
    static final String UNCHANGED_RAMMER = "unchangedRammer";
    static final String RENDER_STEP = "renderStep";
    static final String MAALOPFOELGNING_STEP = "maalopfoelgningStep";

    @Bean
    Job generateJob(JobRepository jobRepository, Step ingestStep, Step validateStep, Step renderStep,
                    Step maalopfoelgningStep, Step assembleStep, Step publishStep, Step deliverStep) {
        return new JobBuilder(GENERATE, jobRepository)
                .start(ingestStep)
                .next(validateStep)
                .next(renderStep)
                .next(maalopfoelgningStep)
                .next(assembleStep)
                .next(publishStep)
                .next(deliverStep)
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

    /**
     * Reads every workbook and CSV file of the input folder into the staging tables. Each batch of
     * staged rows commits on its own: one transaction around a million rows made the database keep
     * every uncommitted row in the heap (an OutOfMemoryError at -Xmx256m). A restarted attempt
     * removes what the failed one staged before it reads again, so nothing is staged twice.
     */
    @Bean
    Step ingestStep(JobRepository jobRepository, InputReader reader, StagedData staged, Progress progress) {
        return new StepBuilder("ingestStep", jobRepository).tasklet((contribution, chunk) -> {
            StepExecution step = contribution.getStepExecution();
            RunContext run = RunContext.of(step.getJobExecution());
            progress.phase("Læser " + run.input() + " …");
            run.outputFolder().discardAbandonedWork();
            staged.runStarted(run.runId(), step.getJobExecution().getJobInstance().getJobName(), run.year(),
                    run.output().toString());
            StagingWriter out = staged.newRun(run.runId());
            Map<?, Integer> rows = reader.read(run.input(), run.year(), out);
            step.getJobExecution().getExecutionContext().putInt(INGEST_FINDINGS, out.findingCount());
            progress.item(rows.values().stream().mapToInt(Integer::intValue).sum() + " rækker læst fra "
                    + staged.files(run.runId()).size() + " fil(er)");
            return RepeatStatus.FINISHED;
        }, new ResourcelessTransactionManager()).build();
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

    /**
     * The politikområder are rendered in parallel: the render step splits them into one partition
     * per render thread ({@code aarsrapport.render.threads}, the machine's cores by default), each a
     * worker step of its own in the job repository; the compiled template is shared by all threads.
     */
    @Bean
    Step renderStep(JobRepository jobRepository, Step renderAreasStep, Partitioner politikomraadePartitioner,
                    RenderLines lines, @Value("${aarsrapport.render.threads:0}") int threads) {
        int n = RenderThreads.effective(threads);
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("render-");
        executor.setConcurrencyLimit(n);
        return new StepBuilder(RENDER_STEP, jobRepository)
                .partitioner("renderAreasStep", politikomraadePartitioner)
                .step(renderAreasStep)
                .gridSize(n)
                .taskExecutor(executor)
                .listener(new StepExecutionListener() {
                    @Override
                    public ExitStatus afterStep(StepExecution step) {
                        lines.finish();
                        return null;
                    }
                })
                .build();
    }

    /** Deals the politikområder out round-robin, so every thread gets large and small ones alike. */
    @Bean
    @StepScope
    Partitioner politikomraadePartitioner(StagedData staged, @Value("#{stepExecution}") StepExecution step,
                                          Progress progress, RenderLines lines) {
        RunContext run = RunContext.of(step.getJobExecution());
        List<Politikomraade> areas = staged.politikomraader(run.runId());
        if (!areas.isEmpty()) { // an input of Målopfølgning alone has no politikområde to announce
            progress.phase("Danner PDF pr. politikområde …");
        }
        lines.start(areas);
        return gridSize -> RenderThreads.deal(areas.size(), gridSize);
    }

    /** One politikområde per chunk: a restart continues after the last one rendered. */
    @Bean
    Step renderAreasStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                         ListItemReader<Politikomraade> politikomraadeReader,
                         ItemProcessor<Politikomraade, RenderOutcome> politikomraadeProcessor,
                         ItemWriter<RenderOutcome> renderedFileLogger) {
        return new StepBuilder("renderAreasStep", jobRepository).<Politikomraade, RenderOutcome>chunk(1)
                .transactionManager(transactionManager)
                .reader(politikomraadeReader)
                .processor(politikomraadeProcessor)
                .writer(renderedFileLogger)
                .build();
    }

    @Bean
    @StepScope
    ListItemReader<Politikomraade> politikomraadeReader(StagedData staged,
                                                        @Value("#{stepExecution}") StepExecution step) {
        RunContext run = RunContext.of(step.getJobExecution());
        List<Politikomraade> all = staged.politikomraader(run.runId());
        return new ListItemReader<>(RenderThreads.positions(step.getExecutionContext()).stream()
                .map(all::get).toList());
    }

    /**
     * Renders a politikområde; skips it (null) when validation blocked it and no draft was asked for;
     * leaves it alone when its fingerprint and published file are as the last run left them (its
     * filled pages then come from the cache, for the whole report and the packs).
     */
    @Bean
    @StepScope
    ItemProcessor<Politikomraade, RenderOutcome> politikomraadeProcessor(PolitikomraadeWriter renderer,
                                                                     BlockedPolitikomraader blockedAreas,
                                                                     ExpectedOutputs expectedOutputs,
                                                                     PrintCache cache,
                                                                     @Value("#{stepExecution}") StepExecution step,
                                                                     RenderLines lines) {
        RunContext run = RunContext.of(step.getJobExecution());
        Set<String> blocked = blockedAreas.of(run.runId());
        ExpectedOutputs.Expected expected = expectedOutputs.of(run.runId(), run.year(), blocked, run.draft());
        PreviousOutput previous = PreviousOutput.read(run.output());
        OutputFolder out = run.outputFolder();
        return area -> {
            boolean isBlocked = blocked.contains(Texts.key(area.navn()));
            if (isBlocked && !run.draft()) {
                lines.line(area, area.nr() + " " + area.navn() + ": ikke udgivet (valideringsfejl)");
                return null;
            }
            String fingerprint = expected.areas().get(area.nr());
            String relative = PolitikomraadeWriter.relativePath(area, isBlocked);
            var cached = cache.get(fingerprint);
            if (!run.force() && cached.isPresent() && previous.unchanged(run.output(), relative, fingerprint)) {
                Files.copy(cached.get(), out.internalFile(PolitikomraadeWriter.printName(area.nr(), isBlocked)),
                        StandardCopyOption.REPLACE_EXISTING);
                return new RenderOutcome(area, new RenderedFile(area.nr() + " " + area.navn(), relative,
                        previous.pages(relative).orElse(0), isBlocked), true);
            }
            RenderedFile file = renderer.render(run.runId(), run.year(), area, isBlocked, expected.blockedRammer(), out);
            cache.put(fingerprint, out.internalFile(PolitikomraadeWriter.printName(area.nr(), isBlocked)));
            return new RenderOutcome(area, file, false);
        };
    }

    @Bean
    @StepScope
    ItemWriter<RenderOutcome> renderedFileLogger(RenderLines lines, @Value("#{stepExecution}") StepExecution step) {
        return fileLogger((o, text) -> lines.line(o.area(), text), step, UNCHANGED);
    }

    /** Logs each file rendered or left alone, counting the latter under {@code unchangedKey} of the job. */
    private static ItemWriter<RenderOutcome> fileLogger(java.util.function.BiConsumer<RenderOutcome, String> print,
                                                      StepExecution step, String unchangedKey) {
        return outcomes -> outcomes.forEach(o -> {
            RenderedFile f = o.file();
            if (o.unchanged()) {
                var context = step.getJobExecution().getExecutionContext();
                synchronized (context) { // the render threads share the job's context
                    context.putInt(unchangedKey, context.getInt(unchangedKey, 0) + 1);
                }
                print.accept(o, f.label() + ": uændret");
            } else {
                print.accept(o, f.label() + " → " + f.relativePath() + " (" + f.pages()
                        + (f.pages() == 1 ? " side)" : " sider)"));
            }
        });
    }

    /**
     * One goal framework (Ramme of Målopfølgning) per chunk, after the politikområder: its own report,
     * kept filled for the whole report, and skipped or left alone on the same terms as a politikområde.
     */
    @Bean
    Step maalopfoelgningStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                             ListItemReader<MaalRammer.Ramme> rammeReader,
                             ItemProcessor<MaalRammer.Ramme, RenderOutcome> rammeProcessor,
                             ItemWriter<RenderOutcome> rammeFileLogger) {
        return new StepBuilder(MAALOPFOELGNING_STEP, jobRepository).<MaalRammer.Ramme, RenderOutcome>chunk(1)
                .transactionManager(transactionManager)
                .reader(rammeReader)
                .processor(rammeProcessor)
                .writer(rammeFileLogger)
                .build();
    }

    @Bean
    @StepScope
    ListItemReader<MaalRammer.Ramme> rammeReader(StagedData staged, @Value("#{stepExecution}") StepExecution step,
                                                 Progress progress) {
        RunContext run = RunContext.of(step.getJobExecution());
        List<MaalRammer.Ramme> rammer = staged.rammer(run.runId());
        if (!rammer.isEmpty()) {
            progress.phase("Danner PDF pr. målopfølgning …");
        }
        return new ListItemReader<>(rammer);
    }

    @Bean
    @StepScope
    ItemProcessor<MaalRammer.Ramme, RenderOutcome> rammeProcessor(MaalopfoelgningRenderer renderer,
                                                                BlockedPolitikomraader blockedAreas,
                                                                ExpectedOutputs expectedOutputs, PrintCache cache,
                                                                @Value("#{stepExecution}") StepExecution step,
                                                                Progress progress) {
        RunContext run = RunContext.of(step.getJobExecution());
        ExpectedOutputs.Expected expected = expectedOutputs.of(run.runId(), run.year(), blockedAreas.of(run.runId()),
                run.draft());
        PreviousOutput previous = PreviousOutput.read(run.output());
        OutputFolder out = run.outputFolder();
        return ramme -> {
            boolean isBlocked = expected.blockedRammer().contains(ramme.key());
            String label = MaalRammer.unit(ramme.navn());
            if (isBlocked && !run.draft()) {
                progress.item(label + ": ikke udgivet (valideringsfejl)");
                return null;
            }
            String slug = expected.slugs().get(ramme.key());
            String fingerprint = expected.rammer().get(ramme.key());
            String relative = MaalopfoelgningRenderer.relativePath(slug, isBlocked);
            String print = MaalopfoelgningRenderer.printName(slug, isBlocked);
            var cached = cache.get(fingerprint);
            if (!run.force() && cached.isPresent() && previous.unchanged(run.output(), relative, fingerprint)) {
                Files.copy(cached.get(), out.internalFile(print), StandardCopyOption.REPLACE_EXISTING);
                return new RenderOutcome(null, new RenderedFile(label, relative, previous.pages(relative).orElse(0), isBlocked),
                        true);
            }
            RenderedFile file = renderer.render(run.runId(), run.year(), ramme, slug, isBlocked, out);
            cache.put(fingerprint, out.internalFile(print));
            return new RenderOutcome(null, file, false);
        };
    }

    @Bean
    @StepScope
    ItemWriter<RenderOutcome> rammeFileLogger(Progress progress, @Value("#{stepExecution}") StepExecution step) {
        return fileLogger((o, text) -> progress.item(text), step, UNCHANGED_RAMMER);
    }

    /**
     * The whole report and the packs, joined from the pages rendered above (nothing is filled twice);
     * each document names the politikområder it leaves out.
     */
    @Bean
    Step assembleStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                      ExpectedOutputs expectedOutputs, ReportAssembler assembler, BlockedPolitikomraader blockedAreas,
                      StagedData staged, Progress progress) {
        return new StepBuilder("assembleStep", jobRepository).tasklet((contribution, chunk) -> {
            RunContext run = RunContext.of(contribution.getStepExecution().getJobExecution());
            ExpectedOutputs.Expected expected = expectedOutputs.of(run.runId(), run.year(),
                    blockedAreas.of(run.runId()), run.draft());
            PreviousOutput previous = PreviousOutput.read(run.output());
            List<DocumentPlan.Document> documents = expected.documents();
            if (documents.isEmpty()) {
                return RepeatStatus.FINISHED;
            }
            progress.phase("Samler årsberetning og pakker …");
            Map<String, String> rapport = staged.rapport(run.runId());
            // goal follow-up alone is no annual report: its cover says what it is, unless Rapport names it
            String titel = rapport.getOrDefault(Texts.key("Titel"), staged.politikomraader(run.runId()).isEmpty()
                    ? DocumentPlan.wholeReportLabel(run.year(), false) : null);
            for (DocumentPlan.Document d : documents) {
                if (!run.force() && previous.unchanged(run.output(), d.relative(), expected.files().get(d.relative()))) {
                    progress.item(d.relative() + ": uændret");
                    continue;
                }
                boolean kladde = d.relative().startsWith("kladde/");
                ReportAssembler.Cover cover = new ReportAssembler.Cover(rapport.get(Texts.key("Kommune")),
                        titel, run.year(), d.modtager(), kladde ? PolitikomraadeWriter.DRAFT_MARK : null);
                RenderedFile f = assembler.assemble(d.label(), d.relative(), cover, d.parts(), run.outputFolder());
                progress.item(f.relativePath() + " (" + f.pages() + (f.pages() == 1 ? " side)" : " sider)"));
            }
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }

    /** Moves the rendered files into place and writes the validation report and manifest. */
    @Bean
    Step publishStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, Publisher publisher,
                     ExpectedOutputs expectedOutputs, BlockedPolitikomraader blockedAreas, ChangeReport changeReport,
                     StagedData staged, Progress progress) {
        return new StepBuilder("publishStep", jobRepository).tasklet((contribution, chunk) -> {
            StepExecution step = contribution.getStepExecution();
            RunContext run = RunContext.of(step.getJobExecution());
            progress.phase("Udgiver til " + run.output() + " …");
            PreviousOutput previous = PreviousOutput.read(run.output());
            List<ChangeReport.Change> changes = changeReport.changes(previous.run(), run.runId(), run.year());
            boolean comparable = previous.run() != null && staged.hasStagedData(previous.run());
            changeReport.writeHtml(changes, run.year(), comparable, run.outputFolder().workFile(ChangeReport.FILE));
            if (comparable) {
                progress.item(changes.isEmpty() ? "Ingen ændringer siden sidste kørsel."
                        : changes.size() + (changes.size() == 1 ? " ændring" : " ændringer")
                        + " siden sidste kørsel (se " + ChangeReport.FILE + "):");
                changes.stream().limit(10).forEach(c -> progress.item("  " + (c.politikomraade() == null ? ""
                        : c.politikomraade() + ": ") + c.what()));
            }
            ExpectedOutputs.Expected expected = expectedOutputs.of(run.runId(), run.year(),
                    blockedAreas.of(run.runId()), run.draft());
            List<String> written = publisher.publish(run.runId(), run.year(), run.outputFolder(),
                    step.getJobExecution().getStartTime(), expected.files(), previous);
            staged.forgetOtherRuns(run.output().toString(), run.runId());
            step.getJobExecution().getExecutionContext().put(Publisher.WRITTEN, String.join("\n", written));
            contribution.incrementWriteCount(written.size());
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }

    /**
     * Mails each Modtagere row its pack ({@code --send}) or writes the mails as .eml ({@code --dry-run});
     * without either it does nothing. A step of its own, after publish, so that only files already in place
     * are sent, with the sha256 of the published file. It runs one recipient per turn of the tasklet, so a
     * stop (SIGTERM to the scheduler) lands between two mails, and without a database transaction, so each
     * line of the delivery log commits the moment it is written: a crash never forgets a mail that went out.
     * A mail that fails is logged and reported, never thrown: the run stays done (exit status as
     * cli-and-output.md says, by validation alone).
     */
    @Bean
    Step deliverStep(JobRepository jobRepository, Tasklet deliveryTasklet) {
        return new StepBuilder("deliverStep", jobRepository)
                .tasklet(deliveryTasklet, new ResourcelessTransactionManager()).build();
    }

    @Bean
    @StepScope
    Tasklet deliveryTasklet(Delivery delivery, Progress progress, @Value("#{stepExecution}") StepExecution step) {
        RunContext run = RunContext.of(step.getJobExecution());
        if (run.delivery() == DeliveryMode.NONE) {
            return (contribution, chunk) -> RepeatStatus.FINISHED;
        }
        return new Tasklet() {
            private Delivery.Round round;

            @Override
            public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws Exception {
                if (round == null) {
                    progress.phase(run.delivery() == DeliveryMode.SEND ? "Sender pakkerne til modtagerne …"
                            : "Skriver mails til modtagerne som .eml (prøve, intet sendes) …");
                    round = delivery.start(new Delivery.Request(run.runId(), run.year(), run.output(), run.draft(),
                            run.delivery(), run.sendDrafts(), step.getJobExecution().getStartTime()));
                }
                var line = round.next();
                if (line.isPresent()) {
                    progress.item(line.get());
                    return RepeatStatus.CONTINUABLE;
                }
                progress.phase(round.finish());
                return RepeatStatus.FINISHED;
            }
        };
    }

    /** For {@code validate}: the validation report alone, published like every other file. */
    @Bean
    Step validationReportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                              Publisher publisher) {
        return new StepBuilder("validationReportStep", jobRepository).tasklet((contribution, chunk) -> {
            StepExecution step = contribution.getStepExecution();
            RunContext run = RunContext.of(step.getJobExecution());
            List<String> written = publisher.publish(run.runId(), run.year(), run.outputFolder(),
                    step.getJobExecution().getStartTime(), null, PreviousOutput.NONE);
            step.getJobExecution().getExecutionContext().put(Publisher.WRITTEN, String.join("\n", written));
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }
}
