package dk.aarsrapport.deliver;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Creates the delivery log if it is missing: one row per recipient per delivering run. Kept for ever (it
 * is small, and it is what stops a later run from mailing the same pack twice). Plain SQL types only, so
 * the same DDL serves HSQLDB and PostgreSQL.
 */
@Component
class DeliveryLogSchema {

    static final String TABLE = "dlv_udsendelse";
    private static final String NAME = "VARCHAR(4000)";

    private final JdbcTemplate jdbc;
    private final boolean embeddedHsqldb;

    DeliveryLogSchema(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.embeddedHsqldb = embeddedHsqldb(jdbc);
        // back to HSQLDB's default, should a run have been killed while mailing (see below)
        writeEachCommit(false);
        jdbc.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (run_id BIGINT NOT NULL, seq INTEGER NOT NULL, "
                + "output_dir " + NAME + ", modtager " + NAME + ", email " + NAME + ", email_key " + NAME
                + ", pakke " + NAME + ", sha256 VARCHAR(64), fingerprint VARCHAR(64), bytes BIGINT, "
                + "proeve BOOLEAN NOT NULL, status VARCHAR(20) NOT NULL, forsoeg INTEGER, started TIMESTAMP, finished TIMESTAMP, svar "
                + NAME + ", PRIMARY KEY (run_id, seq))");
        jdbc.execute("CREATE INDEX IF NOT EXISTS ix_" + TABLE + "_modtager ON " + TABLE + " (email_key)");
    }

    /**
     * The embedded HSQLDB keeps its log in a buffer that it writes out every half second, so a process killed
     * within that half second loses its last commits (PostgreSQL writes each commit before it returns). While
     * mails go out, a line of the delivery log must be on disk before the mail it describes is handed to the
     * server: for that time every commit is written and synced at once (about 3.5 ms a commit here), and
     * afterwards the database returns to its default.
     */
    void writeEachCommit(boolean on) {
        if (embeddedHsqldb) {
            jdbc.execute("SET FILES WRITE DELAY " + (on ? "FALSE" : "TRUE"));
        }
    }

    private static boolean embeddedHsqldb(JdbcTemplate jdbc) {
        return Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) -> {
            java.sql.DatabaseMetaData meta = c.getMetaData();
            return meta.getDatabaseProductName().startsWith("HSQL") && meta.getURL().startsWith("jdbc:hsqldb:file:");
        }));
    }
}
