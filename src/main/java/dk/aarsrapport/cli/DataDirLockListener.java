package dk.aarsrapport.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Optional;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;

import dk.aarsrapport.publish.OutputLock;
import dk.aarsrapport.stage.EmbeddedDatabaseRepair;

/**
 * Takes the data folder's lock once {@link DataFolder} has found the folder usable (the environment is ready,
 * no bean exists, the database is not open), repairs a damaged embedded database, and gives the lock back
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
        ConfigurableEnvironment env = event.getEnvironment();
        Path dir = folder.checked();
        Optional<EmbeddedDatabaseRepair> embedded = EmbeddedDatabaseRepair.of(env.getProperty("spring.datasource.url"),
                env.getProperty("spring.datasource.username"), env.getProperty("spring.datasource.password"));
        OutputLock held;
        try {
            // a held lock travels as DataFolderLockedException inside Spring's start failure; Cli finds it by type
            held = OutputLock.acquireDataDir(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        event.getSpringApplication().addInitializers((ConfigurableApplicationContext ctx) ->
                ctx.addApplicationListener((ApplicationListener<ContextClosedEvent>) closed -> release(held)));
        try {
            if (embedded.isPresent()) {
                embedded.get().repair(LocalDateTime.now(), folder.configured().toString()).ifPresent(err::println);
            }
        } catch (IOException | RuntimeException e) {
            release(held); // the start fails here: no context will close to give the lock back
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    private static void release(OutputLock held) {
        try {
            held.close();
        } catch (IOException ignored) {
            // the OS frees the lock with the process in any case
        }
    }
}
