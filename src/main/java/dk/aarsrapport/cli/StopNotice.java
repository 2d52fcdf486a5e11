package dk.aarsrapport.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import dk.aarsrapport.publish.PublishGate;

/**
 * The line an operator reads when a run is stopped (SIGTERM, Ctrl-C, systemd's stop): whether anything was
 * published. Without it a stopped run ended with exit 143 and no word, which the nightly job's log cannot
 * tell from a crash. Installed for the length of one run and removed when the run has ended by itself.
 */
final class StopNotice implements AutoCloseable {

    /** Longer than publishing takes (renames on one file system), shorter than systemd's stop timeout (90 s). */
    private static final long WAIT_FOR_PUBLISHING_SECONDS = 60;

    private final Thread hook;
    private volatile boolean stopped;

    private StopNotice(PublishGate gate, Path output, PrintStream err) {
        this.hook = new Thread(() -> {
            stopped = true;
            // the output folder is the operator's to name, as long and as odd as a path can be
            err.println(dk.aarsrapport.base.Texts.consoleLine(
                    dk.aarsrapport.base.Texts.visible(line(gate.stop(WAIT_FOR_PUBLISHING_SECONDS), output)), ""));
            err.flush();
        }, "aarsrapport-stop-notice");
    }

    static StopNotice install(PublishGate gate, Path output, PrintStream err) {
        StopNotice notice = new StopNotice(gate, output, err);
        Runtime.getRuntime().addShutdownHook(notice.hook);
        return notice;
    }

    /** Whether the run is being stopped: what fails now fails because of the stop, and is not an internal error. */
    boolean stopped() {
        return stopped;
    }

    static String line(PublishGate.AtStop at, Path output) {
        return switch (at) {
            case NOTHING_PUBLISHED -> "Kørslen blev stoppet, før den var færdig. Intet er udgivet: " + output
                    + " er, som den var før kørslen. Næste kørsel begynder forfra.";
            case PUBLISHED -> "Kørslen blev stoppet efter udgivelsen: filerne i " + output
                    + " er hele og fra denne kørsel.";
            case INTERRUPTED -> "Kørslen blev stoppet under udgivelsen, og udgivelsen blev ikke færdig: filerne i "
                    + output + " er hele, men nogle er fra før kørslen. Næste kørsel gør udgivelsen færdig.";
        };
    }

    @Override
    public void close() {
        if (stopped) {
            return; // the hook is running: the JVM is on its way out
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM began shutting down between the check and here: the hook prints
        }
    }
}
