package dk.aarsrapport.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.aarsrapport.base.OutputFolder;

/**
 * What a failed run leaves behind: its work folder goes at once (half-made PDFs must not fill the disk until
 * the next run), and a failure while the disk holding the output folder is full is told as that. The disk is
 * judged by its free space, not by the text of the error: whatever failed first, a disk with almost nothing
 * left is what the operator must fix.
 */
final class FailedRun {

    /** Below this much usable space the failure is the full disk's: no write the program makes is larger. */
    static final long FULL = 1L << 20;

    private static final Logger log = LoggerFactory.getLogger(FailedRun.class);

    private FailedRun() {
    }

    /** Removes the work folder; returns the full disk when that is why the run failed. */
    static Optional<DiskFullException> cleanUp(OutputFolder out, Throwable failure) {
        Path root = out.root();
        try {
            long usable = usable(root);
            long written = out.workSize();
            long previous = out.publishedSize();
            out.discardWork();
            if (usable >= FULL) {
                return Optional.empty();
            }
            long needed = Math.max(written, previous);
            return Optional.of(new DiskFullException(root, needed, previous >= written, usable(root), failure));
        } catch (IOException e) {
            log.warn("Arbejdsmappen for {} kunne ikke fjernes efter en fejlet kørsel", root, e);
            return Optional.empty();
        }
    }

    /** The usable space of the disk that holds {@code folder} (of its nearest existing parent, if it is gone). */
    private static long usable(Path folder) throws IOException {
        Path p = folder;
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p == null ? Long.MAX_VALUE : Files.getFileStore(p).getUsableSpace();
    }
}
