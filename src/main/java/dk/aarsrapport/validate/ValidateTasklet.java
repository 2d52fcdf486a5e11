package dk.aarsrapport.validate;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import dk.aarsrapport.base.RunContext;
import dk.aarsrapport.stage.StagedData;
import dk.aarsrapport.stage.StagingWriter;

/**
 * Runs every rule of validation.md over the staged data; findings are stored, never thrown. Reading's own
 * findings ({@code ingestFindings} in the job's context) are kept, the rules' findings follow them.
 */
@Component
public class ValidateTasklet implements Tasklet {

    private final Validator validator;
    private final StagedData staged;

    ValidateTasklet(Validator validator, StagedData staged) {
        this.validator = validator;
        this.staged = staged;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        var job = contribution.getStepExecution().getJobExecution();
        RunContext run = RunContext.of(job);
        StagingWriter out = staged.append(run.runId(), job.getExecutionContext().getInt(RunContext.INGEST_FINDINGS, 0));
        validator.validate(new ValidationRun(run.runId(), run.year()), out);
        out.flush();
        return RepeatStatus.FINISHED;
    }
}
