package dk.aarsrapport.deliver;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The delivery log: for each run that delivered, each recipient, its pack, the sha256 and fingerprint of
 * the file, when, how many tries and the server's answer (or why nothing was sent). A mail is logged as
 * {@link Status#SENDING} before it is handed to the server and as sent or failed after; every write commits
 * at once, so a run killed between the two leaves a row that tells the next run not to send it again.
 */
@Component
public class DeliveryLog {

    /** What came of one recipient in one run; {@code label} is what the operator reads. */
    public enum Status {
        SENT("sendt"),
        SENDING("afbrudt under afsendelse"),
        FAILED("fejlet"),
        BLOCKED("ikke sendt: valideringsfejl"),
        UNCHANGED("ikke sendt: uændret"),
        INVALID_ADDRESS("ikke sendt: ugyldig adresse"),
        TOO_LARGE("ikke sendt: for stor"),
        NO_PACK("ikke sendt: ingen pakke"),
        DRY_RUN("prøve: .eml skrevet");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Whether the recipient may have the mail: sent, or handed to the server when the run was killed. */
        boolean delivered() {
            return this == SENT || this == SENDING;
        }
    }

    public record Entry(long run, int seq, String modtager, String email, String pack, String sha256,
                        String fingerprint, Long bytes, Status status, int attempts, LocalDateTime started,
                        LocalDateTime finished, String answer) {

        /** The same row with what came of it, finished now. */
        Entry outcome(Status newStatus, int tries, String newAnswer) {
            return new Entry(run, seq, modtager, email, pack, sha256, fingerprint, bytes, newStatus, tries, started,
                    LocalDateTime.now(), newAnswer);
        }
    }

    /** The statuses of {@link Status#delivered()}, as an SQL list. */
    private static final String DELIVERED = java.util.Arrays.stream(Status.values()).filter(Status::delivered)
            .map(s -> "'" + s.name() + "'").collect(java.util.stream.Collectors.joining(", "));

    /** One row per recipient per delivering run (db/migration), kept for ever. */
    private static final String TABLE = "dlv_udsendelse";

    private final JdbcTemplate jdbc;
    private final boolean embeddedHsqldb;

    DeliveryLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.embeddedHsqldb = embeddedHsqldb(jdbc);
        // back to HSQLDB's default, should a run have been killed while mailing (the setting persists)
        durable(false);
    }

    /**
     * While mails go out: each line on disk when its write returns. The embedded HSQLDB keeps its log in a
     * buffer that it writes out every half second, so a process killed within that half second loses its
     * last commits (PostgreSQL writes each commit before it returns). A line of the delivery log must be on
     * disk before the mail it describes is handed to the server: for that time every commit is written and
     * synced at once (about 3.5 ms a commit here), and afterwards the database returns to its default.
     */
    void durable(boolean on) {
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

    /**
     * Writes a recipient's row for a run: what came of it, or (status {@link Status#SENDING}) that its mail is
     * being handed to the server. A row already there is updated in place, in one statement, so there is no
     * moment at which a recipient of the run has no row.
     */
    void write(String outputDir, boolean dryRun, Entry e) {
        int updated = jdbc.update("UPDATE " + TABLE + " SET output_dir = ?, modtager = ?, email = ?, "
                        + "email_key = ?, pakke = ?, sha256 = ?, fingerprint = ?, bytes = ?, proeve = ?, status = ?, "
                        + "forsoeg = ?, started = ?, finished = ?, svar = ? WHERE run_id = ? AND seq = ?",
                outputDir, e.modtager(), e.email(), key(e.email()), e.pack(), e.sha256(), e.fingerprint(), e.bytes(),
                dryRun, e.status().name(), e.attempts(), timestamp(e.started()), timestamp(e.finished()), e.answer(),
                e.run(), e.seq());
        if (updated == 0) {
            jdbc.update("INSERT INTO " + TABLE + " (run_id, seq, output_dir, modtager, email, "
                            + "email_key, pakke, sha256, fingerprint, bytes, proeve, status, forsoeg, started, finished, "
                            + "svar) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    e.run(), e.seq(), outputDir, e.modtager(), e.email(), key(e.email()), e.pack(), e.sha256(),
                    e.fingerprint(), e.bytes(), dryRun, e.status().name(), e.attempts(), timestamp(e.started()),
                    timestamp(e.finished()), e.answer());
        }
    }

    /** The latest mail of {@code pack} that {@code email} has or may have, from any earlier run. */
    Optional<Entry> lastDelivered(String outputDir, String email, String pack, long beforeRun) {
        return jdbc.query("SELECT * FROM " + TABLE + " WHERE output_dir = ? AND email_key = ? "
                        + "AND pakke = ? AND run_id < ? AND status IN (" + DELIVERED + ") ORDER BY run_id DESC, seq DESC",
                ENTRY, outputDir, key(email), pack, beforeRun).stream().findFirst();
    }

    public List<Entry> forRun(long run) {
        return jdbc.query("SELECT * FROM " + TABLE + " WHERE run_id = ? ORDER BY seq", ENTRY, run);
    }

    /** The rows of the given runs, by run, each in recipient order. */
    public Map<Long, List<Entry>> forRuns(Collection<Long> runs) {
        Map<Long, List<Entry>> byRun = new LinkedHashMap<>();
        for (Long run : runs) {
            List<Entry> entries = forRun(run);
            if (!entries.isEmpty()) {
                byRun.put(run, entries);
            }
        }
        return byRun;
    }

    /**
     * Whether the last run that mailed the packs of {@code outputDir} had a mail fail: the nightly schedule
     * then runs the year again even if its input did not change, so the failed mail gets another chance.
     */
    public boolean failedLastTime(String outputDir) {
        List<Long> last = jdbc.queryForList("SELECT MAX(run_id) FROM " + TABLE
                + " WHERE output_dir = ? AND proeve = FALSE", Long.class, outputDir);
        if (last.isEmpty() || last.get(0) == null) {
            return false;
        }
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + TABLE
                + " WHERE run_id = ? AND status = 'FAILED'", Integer.class, last.get(0)) > 0;
    }

    static String key(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    private static Timestamp timestamp(LocalDateTime t) {
        return t == null ? null : Timestamp.valueOf(t);
    }

    private static LocalDateTime time(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toLocalDateTime();
    }

    private static final RowMapper<Entry> ENTRY = (rs, i) -> new Entry(rs.getLong("run_id"), rs.getInt("seq"),
            rs.getString("modtager"), rs.getString("email"), rs.getString("pakke"), rs.getString("sha256"),
            rs.getString("fingerprint"), (Long) rs.getObject("bytes", Long.class), Status.valueOf(rs.getString("status")),
            rs.getInt("forsoeg"), time(rs, "started"), time(rs, "finished"), rs.getString("svar"));
}
