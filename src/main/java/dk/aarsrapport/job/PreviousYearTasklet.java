package dk.aarsrapport.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import dk.aarsrapport.base.PreviousYear;
import dk.aarsrapport.base.RunContext;
import dk.aarsrapport.base.Sha256;
import dk.aarsrapport.ingest.InputFiles;
import dk.aarsrapport.ingest.InputReader;
import dk.aarsrapport.ingest.UnreadableInputException;
import dk.aarsrapport.ledger.LedgerBuilder;
import dk.aarsrapport.stage.StagedData;
import dk.aarsrapport.stage.StagingWriter;

/**
 * Reads the previous year's input for R8 (validation.md) with the year's own readers, and builds its lines
 * from its ledger when it has one, under {@link StagedData#previousYearRun}: what that year published is its
 * typed Regnskab or, without one, the lines its Konti and Kontoplan build. Its own findings are staged with it
 * and never reported: it is compared as it is. Runs before this year's ledger is built, so the ledger's facts
 * in memory are this year's.
 *
 * <p>{@code --previous} is the user's choice: a folder or a file in it that cannot be read stops the run (exit
 * 2). The sibling {@code input/<Y-1>/} is only a convenience: when it cannot be read, the year is validated
 * without it and R8 says so. Either way the folder's files are staged with their sha256, so the manifest lists
 * them and the schedule sees a changed previous year as a change.
 */
@Component
class PreviousYearTasklet implements Tasklet {

    private final InputReader reader;
    private final LedgerBuilder ledger;
    private final StagedData staged;

    PreviousYearTasklet(InputReader reader, LedgerBuilder ledger, StagedData staged) {
        this.reader = reader;
        this.ledger = ledger;
        this.staged = staged;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        var job = contribution.getStepExecution().getJobExecution();
        RunContext run = RunContext.of(job);
        long id = StagedData.previousYearRun(run.runId());
        Path folder = run.previousFolder();
        StagingWriter out = staged.newRun(id);
        PreviousYear found;
        if (folder == null || (run.previous() == null && !Files.isDirectory(folder))) {
            found = new PreviousYear(folder == null ? null : shown(folder), PreviousYear.State.NOT_FOUND, null);
        } else {
            found = read(run, folder, id, out);
        }
        found.store(job.getExecutionContext());
        return RepeatStatus.FINISHED;
    }

    private PreviousYear read(RunContext run, Path folder, long id, StagingWriter out) {
        try {
            reader.read(folder, run.year() - 1, out);
            ledger.build(id);
            return new PreviousYear(shown(folder), PreviousYear.State.READ, null);
        } catch (UnreadableInputException e) {
            if (run.previous() != null) {
                throw new UnreadableInputException("Forrige års input (--previous " + folder + "): " + e.getMessage(),
                        e);
            }
            StagingWriter files = staged.newRun(id); // nothing half-read is compared
            try {
                for (Map.Entry<String, Path> f : InputFiles.readable(folder).entrySet()) {
                    files.file(f.getKey(), Sha256.of(f.getValue()), Files.size(f.getValue()));
                }
            } catch (IOException | UnreadableInputException gone) {
                // the folder or a file went away meanwhile: the schedule then sees a change and runs again
            }
            files.flush();
            return new PreviousYear(shown(folder), PreviousYear.State.UNREADABLE, e.getMessage());
        }
    }

    /** The folder as a finance officer finds it: "input/2015", not the server's whole path. */
    private static String shown(Path folder) {
        Path f = folder.toAbsolutePath().normalize();
        Path parent = f.getParent();
        return parent == null || parent.getFileName() == null ? f.toString()
                : parent.getFileName() + "/" + f.getFileName();
    }
}
