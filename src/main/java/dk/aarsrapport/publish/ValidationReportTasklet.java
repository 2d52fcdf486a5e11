package dk.aarsrapport.publish;

import java.util.List;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import dk.aarsrapport.base.PreviousYear;
import dk.aarsrapport.base.RunContext;
import dk.aarsrapport.plan.PreviousOutput;
import dk.aarsrapport.validate.Verdict;

/** For {@code validate}: the validation report alone, published like every other file, without a manifest. */
@Component
public class ValidationReportTasklet implements Tasklet {

    private final Publisher publisher;
    private final Verdict.Reader verdicts;

    ValidationReportTasklet(Publisher publisher, Verdict.Reader verdicts) {
        this.publisher = publisher;
        this.verdicts = verdicts;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws Exception {
        StepExecution step = contribution.getStepExecution();
        RunContext run = RunContext.of(step.getJobExecution());
        List<String> written = publisher.publish(run, step.getJobExecution().getStartTime(),
                verdicts.of(run.runId()).published(), null, PreviousOutput.NONE,
                PreviousYear.notes(step.getJobExecution().getExecutionContext()));
        step.getJobExecution().getExecutionContext().put(Publisher.WRITTEN, String.join("\n", written));
        return RepeatStatus.FINISHED;
    }
}
