package dk.aarsrapport.deliver;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import dk.aarsrapport.base.DeliveryMode;
import dk.aarsrapport.base.RunContext;

/**
 * Mails each Modtagere row its pack ({@code --send}) or writes the mails as .eml ({@code --dry-run}); without
 * either it does nothing. One recipient per turn, so a stop (SIGTERM to the scheduler) lands between two mails.
 * Each turn's line is left in the step's context under {@link #LINE}, the closing summary under
 * {@link #SUMMARY}, for the console. A mail that fails is logged and reported, never thrown: the run stays done.
 * One instance per step execution: it holds the round in progress.
 */
public class DeliveryTasklet implements Tasklet {

    public static final String LINE = "line";
    public static final String SUMMARY = "summary";

    private final Delivery delivery;
    private Delivery.Round round;

    public DeliveryTasklet(Delivery delivery) {
        this.delivery = delivery;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws Exception {
        StepExecution step = contribution.getStepExecution();
        RunContext run = RunContext.of(step.getJobExecution());
        if (run.delivery() == DeliveryMode.NONE) {
            return RepeatStatus.FINISHED;
        }
        if (round == null) {
            round = delivery.start(new Delivery.Request(run.runId(), run.year(), run.output(), run.draft(),
                    run.delivery(), run.sendDrafts(), step.getJobExecution().getStartTime()));
        }
        var line = round.next();
        if (line.isPresent()) {
            step.getExecutionContext().putString(LINE, line.get());
            return RepeatStatus.CONTINUABLE;
        }
        step.getExecutionContext().remove(LINE);
        step.getExecutionContext().putString(SUMMARY, round.finish());
        return RepeatStatus.FINISHED;
    }
}
