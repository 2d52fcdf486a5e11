package dk.aarsrapport.validate;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import dk.aarsrapport.base.PreviousYear;
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
    private final LastYearFigures lastYear;

    ValidateTasklet(Validator validator, StagedData staged, LastYearFigures lastYear) {
        this.validator = validator;
        this.staged = staged;
        this.lastYear = lastYear;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        var job = contribution.getStepExecution().getJobExecution();
        RunContext run = RunContext.of(job);
        StagingWriter out = staged.append(run.runId(), job.getExecutionContext().getInt(RunContext.INGEST_FINDINGS, 0));
        ValidationRun validation = new ValidationRun(run.runId(), run.year(), PreviousYear.of(job.getExecutionContext()));
        validator.validate(validation, out);
        out.flush();
        // said once in the report, not as findings: what R8 could not compare (validation.md)
        PreviousYear.storeNotes(job.getExecutionContext(), lastYear.notes(validation));
        return RepeatStatus.FINISHED;
    }
}
