package dk.aarsrapport.ingest;

import java.util.Map;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import dk.aarsrapport.base.RunContext;
import dk.aarsrapport.stage.StagedData;
import dk.aarsrapport.stage.StagingWriter;

/**
 * Reads every workbook and CSV file of the input folder into the staging tables. Each batch of staged rows
 * commits on its own: one transaction around a million rows made the database keep every uncommitted row in
 * the heap (an OutOfMemoryError at -Xmx256m). A restarted attempt removes what the failed one staged before
 * it reads again, so nothing is staged twice. The rows and files read and the findings made while reading are
 * left in the job's context.
 */
@Component
public class IngestTasklet implements Tasklet {

    public static final String FILES = "filesRead";
    public static final String ROWS = "rowsRead";

    private final InputReader reader;
    private final StagedData staged;

    IngestTasklet(InputReader reader, StagedData staged) {
        this.reader = reader;
        this.staged = staged;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws Exception {
        StepExecution step = contribution.getStepExecution();
        RunContext run = RunContext.of(step.getJobExecution());
        run.outputFolder().discardAbandonedWork();
        staged.runStarted(run.runId(), step.getJobExecution().getJobInstance().getJobName(), run.year(),
                run.output().toString());
        StagingWriter out = staged.newRun(run.runId());
        Map<?, Integer> rows = reader.read(run.input(), run.year(), out);
        step.getJobExecution().getExecutionContext().putInt(RunContext.INGEST_FINDINGS, out.findingCount());
        step.getJobExecution().getExecutionContext().putInt(FILES, staged.files(run.runId()).size());
        step.getJobExecution().getExecutionContext().putInt(ROWS, rows.values().stream().mapToInt(Integer::intValue).sum());
        return RepeatStatus.FINISHED;
    }
}
