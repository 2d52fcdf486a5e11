package dk.aarsrapport.job;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Component;

import dk.aarsrapport.base.DeliveryMode;
import dk.aarsrapport.base.RunContext;
import dk.aarsrapport.deliver.DeliveryTasklet;
import dk.aarsrapport.ingest.IngestTasklet;
import dk.aarsrapport.plan.PlanTasklet;
import dk.aarsrapport.plan.Planned;
import dk.aarsrapport.plan.RunPlan;
import dk.aarsrapport.plan.RunPlans;
import dk.aarsrapport.publish.PublishTasklet;
import dk.aarsrapport.report.RenderOutcome;

/**
 * What a person watching a run reads, and nothing else: a line when each phase starts, one per politikområde
 * (in Nr order, though the render threads finish them in any order), framework, document and recipient, and
 * what the steps left in their contexts for it. The steps themselves print nothing.
 */
@Component
class StepConsole implements StepExecutionListener, ItemWriteListener<RenderOutcome>, ChunkListener<Object, Object> {

    private final Progress progress;
    private final RenderLines lines;
    private final RunPlans plans;

    StepConsole(Progress progress, RenderLines lines, RunPlans plans) {
        this.progress = progress;
        this.lines = lines;
        this.plans = plans;
    }

    @Override
    public void beforeStep(StepExecution step) {
        RunContext run = RunContext.of(step.getJobExecution());
        switch (step.getStepName()) {
            case GenerateJobConfiguration.INGEST_STEP -> progress.phase("Læser " + run.input() + " …");
            case GenerateJobConfiguration.VALIDATE_STEP -> progress.phase("Validerer …");
            case GenerateJobConfiguration.RENDER_STEP -> {
                RunPlan plan = plans.of(run.runId());
                if (!plan.politikomraader().isEmpty()) { // Målopfølgning alone has no politikområde to announce
                    progress.phase("Danner PDF pr. politikområde …");
                }
                lines.start(plan.politikomraader().stream().map(Planned::subject).toList());
                progress.areas(plan.politikomraader().stream().map(Planned::label).toList());
            }
            case GenerateJobConfiguration.MAALOPFOELGNING_STEP -> {
                if (!plans.of(run.runId()).rammer().isEmpty()) {
                    progress.phase("Danner PDF pr. målopfølgning …");
                }
            }
            case GenerateJobConfiguration.ASSEMBLE_STEP -> {
                RunPlan plan = plans.of(run.runId());
                if (!plan.documents().isEmpty()) {
                    progress.phase("Samler årsberetning og pakker …");
                }
                lines.start(plan.documents()); // printed in the plan's order, whichever thread joins first
            }
            case GenerateJobConfiguration.PUBLISH_STEP -> progress.phase("Udgiver til " + run.output() + " …");
            case GenerateJobConfiguration.DELIVER_STEP -> {
                if (run.delivery() != DeliveryMode.NONE) {
                    progress.phase(run.delivery() == DeliveryMode.SEND ? "Sender pakkerne til modtagerne …"
                            : "Skriver mails til modtagerne som .eml (prøve, intet sendes) …");
                }
            }
            default -> { }
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        ExecutionContext context = step.getExecutionContext();
        switch (step.getStepName()) {
            case GenerateJobConfiguration.INGEST_STEP -> progress.item(step.getJobExecution().getExecutionContext().getInt(IngestTasklet.ROWS, 0) + " rækker læst fra "
                    + step.getJobExecution().getExecutionContext().getInt(IngestTasklet.FILES, 0) + " fil(er)");
            case GenerateJobConfiguration.PLAN_STEP -> {
                if (context.containsKey(PlanTasklet.UNREADABLE_MANIFEST)) {
                    progress.item("Den forrige kørsels manifest.json kunne ikke bruges: "
                            + context.getString(PlanTasklet.UNREADABLE_MANIFEST) + "; alt dannes igen.");
                }
            }
            case GenerateJobConfiguration.RENDER_STEP, GenerateJobConfiguration.ASSEMBLE_STEP -> lines.finish();
            case GenerateJobConfiguration.PUBLISH_STEP -> {
                if (context.containsKey(PublishTasklet.CHANGES)) {
                    context.getString(PublishTasklet.CHANGES).lines().forEach(progress::item);
                }
            }
            case GenerateJobConfiguration.DELIVER_STEP -> {
                if (context.containsKey(DeliveryTasklet.SUMMARY)) {
                    progress.phase(context.getString(DeliveryTasklet.SUMMARY));
                }
            }
            default -> { }
        }
        return null;
    }

    @Override
    public void afterWrite(Chunk<? extends RenderOutcome> outcomes) {
        for (RenderOutcome o : outcomes) {
            lines.line(o.subject(), o.line()); // a framework or document is not in the Nr order: printed at once
            progress.area(o.label(), o.line());
        }
    }

    /** Each turn of the delivery tasklet, one recipient. */
    @Override
    public void afterChunk(ChunkContext chunk) {
        ExecutionContext context = chunk.getStepContext().getStepExecution().getExecutionContext();
        if (context.containsKey(DeliveryTasklet.LINE)) {
            progress.item(context.getString(DeliveryTasklet.LINE));
            context.remove(DeliveryTasklet.LINE);
        }
    }
}
