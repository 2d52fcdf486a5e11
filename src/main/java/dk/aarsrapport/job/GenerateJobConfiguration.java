package dk.aarsrapport.job;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import dk.aarsrapport.ingest.IngestTasklet;
import dk.aarsrapport.ledger.LedgerTasklet;
import dk.aarsrapport.plan.Document;
import dk.aarsrapport.plan.PlanTasklet;
import dk.aarsrapport.plan.Planned;
import dk.aarsrapport.publish.PublishTasklet;
import dk.aarsrapport.publish.ValidationReportTasklet;
import dk.aarsrapport.report.RenderOutcome;
import dk.aarsrapport.validate.ValidateTasklet;

/**
 * The two jobs, read top to bottom. {@code generate}: read the input into staging → read the previous year's
 * input beside it (R8) → build the accounts table
 * from the ledger (when there is one) → validate → plan the run once → draw each politikområde (in parallel) →
 * each goal framework → join the whole report and the packs → publish → deliver. {@code validate}: the first
 * four steps and the validation report. Every step after the
 * plan reads it ({@link StepScopedBeans}); the console is {@link StepConsole}. This class only wires.
 */
@Configuration
class GenerateJobConfiguration {

    static final String INGEST_STEP = "ingestStep";
    static final String LEDGER_STEP = "ledgerStep";
    static final String PREVIOUS_YEAR_STEP = "previousYearStep";
    static final String VALIDATE_STEP = "validateStep";
    static final String PLAN_STEP = "planStep";
    static final String RENDER_STEP = "renderStep";
    static final String RENDER_WORKER_STEP = "renderPolitikomraadeStep";
    static final String MAALOPFOELGNING_STEP = "maalopfoelgningStep";
    static final String ASSEMBLE_STEP = "assembleStep";
    static final String ASSEMBLE_WORKER_STEP = "assembleDocumentStep";
    static final String PUBLISH_STEP = "publishStep";
    static final String DELIVER_STEP = "deliverStep";

    @Bean
    Job generateJob(JobRepository jobs, Step ingestStep, Step previousYearStep, Step ledgerStep, Step validateStep,
                    Step planStep, Step renderStep, Step maalopfoelgningStep, Step assembleStep, Step publishStep,
                    Step deliverStep) {
        return new JobBuilder("generate", jobs).start(ingestStep).next(previousYearStep).next(ledgerStep).next(validateStep).next(planStep).next(renderStep)
                .next(maalopfoelgningStep).next(assembleStep).next(publishStep).next(deliverStep).build();
    }

    @Bean
    Job validateJob(JobRepository jobs, Step ingestStep, Step previousYearStep, Step ledgerStep, Step validateStep,
                    Step validationReportStep) {
        return new JobBuilder("validate", jobs).start(ingestStep).next(previousYearStep).next(ledgerStep).next(validateStep).next(validationReportStep).build();
    }

    /** Each batch of staged rows commits on its own (see IngestTasklet): no transaction around the step. */
    @Bean
    Step ingestStep(JobRepository jobs, IngestTasklet tasklet, StepConsole console) {
        return new StepBuilder(INGEST_STEP, jobs).tasklet(tasklet, new ResourcelessTransactionManager())
                .listener((StepExecutionListener) console).build();
    }

    /** The previous year's input, for R8: staged in batches as this year's is, so no transaction either. */
    @Bean
    Step previousYearStep(JobRepository jobs, PreviousYearTasklet tasklet, StepConsole console) {
        return new StepBuilder(PREVIOUS_YEAR_STEP, jobs).tasklet(tasklet, new ResourcelessTransactionManager())
                .listener((StepExecutionListener) console).build();
    }

    /** The ledger's accounts are written in batches as they are placed, as ingest stages them: no transaction. */
    @Bean
    Step ledgerStep(JobRepository jobs, LedgerTasklet tasklet, StepConsole console) {
        return new StepBuilder(LEDGER_STEP, jobs).tasklet(tasklet, new ResourcelessTransactionManager())
                .listener((StepExecutionListener) console).build();
    }

    /**
     * Findings are written in batches as the rules find them, as ingest stages rows: no transaction. In one, a
     * run with a million K1 findings failed its validation step (and then spent minutes rolling a million rows
     * back, seen under -Xmx256m); a restarted step removes what its killed attempt wrote (StagedData#append).
     */
    @Bean
    Step validateStep(JobRepository jobs, ValidateTasklet tasklet, StepConsole console) {
        return new StepBuilder(VALIDATE_STEP, jobs).tasklet(tasklet, new ResourcelessTransactionManager())
                .listener((StepExecutionListener) console).build();
    }

    /** Planned again on every start: a restarted run compares with the output folder as it is then. */
    @Bean
    Step planStep(JobRepository jobs, PlatformTransactionManager tx, PlanTasklet tasklet, StepConsole console) {
        return new StepBuilder(PLAN_STEP, jobs).tasklet(tasklet, tx).allowStartIfComplete(true).listener((StepExecutionListener) console)
                .build();
    }

    /** One partition per render thread, each a worker step of its own; the compiled templates are shared. */
    @Bean
    Step renderStep(JobRepository jobs, Step renderPolitikomraadeStep, Partitioner politikomraadePartitioner,
                    RenderProperties render, StepConsole console) {
        int n = render.effectiveThreads();
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("render-");
        executor.setConcurrencyLimit(n);
        return new StepBuilder(RENDER_STEP, jobs).partitioner(RENDER_WORKER_STEP, politikomraadePartitioner)
                .step(renderPolitikomraadeStep).gridSize(n).taskExecutor(executor).listener((StepExecutionListener) console).build();
    }

    /** One report per chunk, so each is committed, and written to the console, when it is done. */
    @Bean
    Step renderPolitikomraadeStep(JobRepository jobs, PlatformTransactionManager tx,
                                  ItemReader<Planned<?>> politikomraadeReader,
                                  ItemProcessor<Planned<?>, RenderOutcome> plannedReportProcessor,
                                  ItemWriter<RenderOutcome> renderOutcomeWriter, StepConsole console) {
        return new StepBuilder(RENDER_WORKER_STEP, jobs).<Planned<?>, RenderOutcome>chunk(1)
                .transactionManager(tx).reader(politikomraadeReader).processor(plannedReportProcessor)
                .writer(renderOutcomeWriter).listener((StepExecutionListener) console)
                .listener((ItemWriteListener<RenderOutcome>) console).build();
    }

    @Bean
    Step maalopfoelgningStep(JobRepository jobs, PlatformTransactionManager tx, ItemReader<Planned<?>> rammeReader,
                             ItemProcessor<Planned<?>, RenderOutcome> plannedReportProcessor,
                             ItemWriter<RenderOutcome> renderOutcomeWriter, StepConsole console) {
        return new StepBuilder(MAALOPFOELGNING_STEP, jobs).<Planned<?>, RenderOutcome>chunk(1).transactionManager(tx)
                .reader(rammeReader).processor(plannedReportProcessor).writer(renderOutcomeWriter)
                .listener((StepExecutionListener) console)
                .listener((ItemWriteListener<RenderOutcome>) console).build();
    }

    /** The documents dealt out by weight to the render threads, each thread a worker step of its own. */
    @Bean
    Step assembleStep(JobRepository jobs, Step assembleDocumentStep, Partitioner documentPartitioner,
                      RenderProperties render, StepConsole console) {
        int n = render.effectiveThreads();
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("assemble-");
        executor.setConcurrencyLimit(n);
        return new StepBuilder(ASSEMBLE_STEP, jobs).partitioner(ASSEMBLE_WORKER_STEP, documentPartitioner)
                .step(assembleDocumentStep).gridSize(n).taskExecutor(executor).listener((StepExecutionListener) console)
                .build();
    }

    /** One document per chunk, so each is committed, and written to the console, when it is joined. */
    @Bean
    Step assembleDocumentStep(JobRepository jobs, PlatformTransactionManager tx, ItemReader<Document> documentReader,
                              ItemProcessor<Document, RenderOutcome> documentProcessor,
                              ItemWriter<RenderOutcome> renderOutcomeWriter, StepConsole console) {
        return new StepBuilder(ASSEMBLE_WORKER_STEP, jobs).<Document, RenderOutcome>chunk(1).transactionManager(tx)
                .reader(documentReader).processor(documentProcessor).writer(renderOutcomeWriter)
                .listener((ItemWriteListener<RenderOutcome>) console).build();
    }

    @Bean
    Step publishStep(JobRepository jobs, PlatformTransactionManager tx, PublishTasklet tasklet, StepConsole console) {
        return new StepBuilder(PUBLISH_STEP, jobs).tasklet(tasklet, tx).listener((StepExecutionListener) console).build();
    }

    /** Without a transaction: each line of the delivery log commits the moment it is written. */
    @Bean
    Step deliverStep(JobRepository jobs, Tasklet deliveryTasklet, StepConsole console) {
        return new StepBuilder(DELIVER_STEP, jobs).tasklet(deliveryTasklet, new ResourcelessTransactionManager())
                .listener((StepExecutionListener) console)
                .listener((ChunkListener<?, ?>) console).build();
    }

    @Bean
    Step validationReportStep(JobRepository jobs, PlatformTransactionManager tx, ValidationReportTasklet tasklet) {
        return new StepBuilder("validationReportStep", jobs).tasklet(tasklet, tx).build();
    }
}
