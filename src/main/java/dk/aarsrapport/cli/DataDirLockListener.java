package dk.aarsrapport.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import dk.aarsrapport.publish.OutputLock;

/**
 * Takes the data folder's lock once {@link DataFolder} has found the folder usable (the environment is ready,
 * no bean exists, the database is not open), and gives the lock back
 * when the context closes: one process per embedded database, and a killed process never blocks the next.
 */
final class DataDirLockListener implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private final DataFolder folder;
    private final PrintStream err;

    DataDirLockListener(DataFolder folder, PrintStream err) {
        this.folder = folder;
        this.err = err;
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Path dir = folder.checked();
        OutputLock held;
        try {
            // a held lock travels as DataFolderLockedException inside Spring's start failure; Cli finds it by type
            held = OutputLock.acquireDataDir(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        event.getSpringApplication().addInitializers((ConfigurableApplicationContext ctx) ->
                ctx.addApplicationListener((ApplicationListener<ContextClosedEvent>) closed -> release(held)));
    }

    private static void release(OutputLock held) {
        try {
            held.close();
        } catch (IOException ignored) {
            // the OS frees the lock with the process in any case
        }
    }
}
