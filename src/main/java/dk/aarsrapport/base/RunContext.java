package dk.aarsrapport.base;

import java.nio.file.Path;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;


/**
 * The parameters of one run, read from the job parameters. The run id is the job instance id: a
 * restarted execution continues the same run and finds its staged data again. {@code previous} is the
 * previous year's input folder the user named, or null.
 */
public record RunContext(long runId, int year, Path input, Path output, boolean draft, boolean force,
                         DeliveryMode delivery, boolean sendDrafts, Path previous) {

    public static final String YEAR = "year";
    public static final String INPUT = "input";
    public static final String OUTPUT = "output";
    public static final String DRAFT = "draft";
    public static final String FORCE = "force";
    public static final String STARTED = "started";
    public static final String DELIVERY = "delivery";
    public static final String SEND_DRAFTS = "sendDrafts";
    /** {@code --previous}: the previous year's input folder given by the user; absent, the sibling is looked for. */
    public static final String PREVIOUS = "previous";
    /** In the job's context: how many findings reading made (validation appends its own after them). */
    public static final String INGEST_FINDINGS = "ingestFindings";

    public static RunContext of(JobExecution execution) {
        JobParameters p = execution.getJobParameters();
        return new RunContext(execution.getJobInstance().getInstanceId(), p.getLong(YEAR).intValue(),
                Path.of(p.getString(INPUT)), Path.of(p.getString(OUTPUT)),
                Boolean.parseBoolean(p.getString(DRAFT, "false")), Boolean.parseBoolean(p.getString(FORCE, "false")),
                DeliveryMode.valueOf(p.getString(DELIVERY, DeliveryMode.NONE.name())),
                Boolean.parseBoolean(p.getString(SEND_DRAFTS, "false")),
                p.getString(PREVIOUS) == null ? null : Path.of(p.getString(PREVIOUS)));
    }

    /** The previous year's input folder to compare with (R8): {@code --previous}, else the sibling; null if none. */
    public Path previousFolder() {
        return PreviousYear.folderFor(input, year, previous);
    }

    public OutputFolder outputFolder() {
        return new OutputFolder(output, String.valueOf(runId));
    }
}
