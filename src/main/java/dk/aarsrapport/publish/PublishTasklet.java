package dk.aarsrapport.publish;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import dk.aarsrapport.base.PreviousYear;
import dk.aarsrapport.change.ChangeReport;
import dk.aarsrapport.plan.RunPlan;
import dk.aarsrapport.plan.RunPlans;
import dk.aarsrapport.stage.StagedData;

/**
 * Writes the change report, then moves the run's files into place with the validation report and the
 * manifest last, as the plan lists them. What changed since the last run is left in the step's context under
 * {@link #CHANGES} (one line each, the first a summary), for the console.
 */
@Component
public class PublishTasklet implements Tasklet {

    public static final String CHANGES = "changes";

    private final Publisher publisher;
    private final ChangeReport changeReport;
    private final StagedData staged;
    private final RunPlans plans;

    PublishTasklet(Publisher publisher, ChangeReport changeReport, StagedData staged, RunPlans plans) {
        this.publisher = publisher;
        this.changeReport = changeReport;
        this.staged = staged;
        this.plans = plans;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws Exception {
        StepExecution step = contribution.getStepExecution();
        RunPlan plan = plans.of(step.getJobExecution().getJobInstance().getInstanceId());
        long run = plan.run().runId();
        Long previous = plan.previous().run();
        List<ChangeReport.Change> changes = changeReport.changes(previous, run, plan.run().year());
        boolean comparable = previous != null && staged.hasStagedData(previous);
        changeReport.writeHtml(changes, plan.run().year(), comparable,
                plan.run().outputFolder().workFile(ChangeReport.FILE));
        if (comparable) {
            List<String> lines = new ArrayList<>();
            lines.add(changes.isEmpty() ? "Ingen ændringer siden sidste kørsel." : changes.size()
                    + (changes.size() == 1 ? " ændring" : " ændringer") + " siden sidste kørsel (se "
                    + ChangeReport.FILE + "):");
            changes.stream().limit(10).forEach(c -> lines.add("  " + (c.politikomraade() == null ? ""
                    : c.politikomraade() + ": ") + c.what()));
            step.getExecutionContext().putString(CHANGES, String.join("\n", lines));
        }
        List<String> written = publisher.publish(plan.run(), step.getJobExecution().getStartTime(),
                plan.verdict().published(), plan.files(), plan.previous(),
                PreviousYear.notes(step.getJobExecution().getExecutionContext()));
        staged.forgetOtherRuns(plan.run().output().toString(), run);
        step.getJobExecution().getExecutionContext().put(Publisher.WRITTEN, String.join("\n", written));
        contribution.incrementWriteCount(written.size());
        return RepeatStatus.FINISHED;
    }
}
