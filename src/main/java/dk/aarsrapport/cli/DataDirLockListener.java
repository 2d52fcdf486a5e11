package dk.aarsrapport.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.ConfigurableApplicationContext;

import dk.aarsrapport.base.DataDirProperties;
import dk.aarsrapport.publish.OutputLock;

/**
 * Takes the data folder's lock as soon as its location is known (the environment is ready, no bean
 * exists yet, the database is not open), and gives it back when the context closes: one process per
 * embedded database, and a killed process never blocks the next.
 */
final class DataDirLockListener implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        // the same record the beans read, bound by hand: no bean exists yet
        Path dir = Settings.bind(event.getEnvironment(), DataDirProperties.class).dataDir();
        OutputLock held;
        try {
            // a held lock travels as DataFolderLockedException inside Spring's start failure; Cli finds it by type
            held = OutputLock.acquireDataDir(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        event.getSpringApplication().addInitializers((ConfigurableApplicationContext ctx) ->
                ctx.addApplicationListener((ApplicationListener<ContextClosedEvent>) closed -> {
                    try {
                        held.close();
                    } catch (IOException ignored) {
                        // the OS frees the lock with the process in any case
                    }
                }));
    }
}
