package dk.aarsrapport.stage;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Shuts the embedded HSQLDB file database down cleanly when the program ends, so its files are
 * consistent on disk (a killed process is survived too, but costs the next start a log replay).
 * Eager, so it exists to be destroyed; destroyed before the connection pool it depends on.
 */
@Component
@Lazy(false)
class EmbeddedDatabaseShutdown implements DisposableBean {

    private final JdbcTemplate jdbc;
    private final boolean embeddedFile;

    /** Boot's own reading of spring.datasource.*: the address the pool was built from, whatever profile gave it. */
    EmbeddedDatabaseShutdown(JdbcTemplate jdbc, DataSourceProperties dataSource) {
        this.jdbc = jdbc;
        this.embeddedFile = dataSource.getUrl() != null && dataSource.getUrl().startsWith("jdbc:hsqldb:file:");
    }

    @Override
    public void destroy() {
        if (embeddedFile) {
            try {
                jdbc.execute("SHUTDOWN");
            } catch (RuntimeException ignored) {
                // already closed, or never opened: nothing to make consistent
            }
        }
    }
}
