package dk.aarsrapport.publish;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.stereotype.Component;

/**
 * Publishing is a handful of renames and the manifest. A stop (SIGTERM) waits for them instead of cutting
 * them, and after a stop no publishing begins; so the output folder is either as before the run or as the
 * run made it, and the operator can be told which.
 */
@Component
public class PublishGate {

    /** What a stop found. */
    public enum AtStop {
        /** no file of this run reached the output folder */
        NOTHING_PUBLISHED,
        /** publishing had finished, or was finished before the stop took effect */
        PUBLISHED,
        /** publishing failed on its own while the stop waited; the published files are whole, the manifest may be old */
        INTERRUPTED
    }

    /** Thrown where publishing would begin after a stop. */
    public static final class StoppedException extends IOException {
        StoppedException() {
            super("Kørslen blev stoppet før udgivelsen.");
        }
    }

    @FunctionalInterface
    public interface Work {
        void run() throws IOException;
    }

    private final ReentrantLock lock = new ReentrantLock();
    private boolean stopped;
    private boolean begun;
    private boolean finished;

    /** Runs the publishing work unless a stop came first; a stop that comes during it waits for it. */
    public void publishing(Work work) throws IOException {
        lock.lock();
        try {
            if (stopped) {
                throw new StoppedException();
            }
            begun = true;
            work.run();
            finished = true;
        } finally {
            lock.unlock();
        }
    }

    /** Closes the gate; waits up to {@code seconds} for publishing under way. */
    public AtStop stop(long seconds) {
        boolean held = false;
        try {
            held = lock.tryLock(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            stopped = true;
            if (!begun) {
                return AtStop.NOTHING_PUBLISHED;
            }
            return finished ? AtStop.PUBLISHED : AtStop.INTERRUPTED;
        } finally {
            if (held) {
                lock.unlock();
            }
        }
    }
}
