package dk.aarsrapport.stage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The run log (stg_run): a run noted as started and finished, and its rows as {@link StagedData.RunRecord}s,
 * newest first, with the limit in the query: the console's pages ask for the last run of a year on every view,
 * and a service that runs every night for years has thousands of runs, which no page should read to show one.
 */
final class RunQueries {

    private RunQueries() {
    }

    static void started(JdbcTemplate jdbc, long runId, String job, int year, String outputDir) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM stg_run WHERE run_id = ?", Integer.class, runId) == 0) {
            jdbc.update("INSERT INTO stg_run (run_id, job, aar, output_dir, status, started) VALUES (?, ?, ?, ?, ?, ?)",
                    runId, job, year, outputDir, "STARTED", Timestamp.valueOf(java.time.LocalDateTime.now()));
        }
    }

    /** {@code counts}: rendered, blocked, unchanged, fejl, advarsler, written, in the columns' order. */
    static void finished(JdbcTemplate jdbc, long runId, String status, int[] counts) {
        jdbc.update("UPDATE stg_run SET status = ?, finished = ?, rendered = ?, blocked = ?, unchanged = ?, fejl = ?, "
                        + "advarsler = ?, written = ? WHERE run_id = ?", status,
                Timestamp.valueOf(java.time.LocalDateTime.now()), counts[0], counts[1], counts[2], counts[3],
                counts[4], counts[5], runId);
    }

    /** {@code where} is the query's own text, never a user's: its values come as {@code args}. */
    static List<StagedData.RunRecord> newest(JdbcTemplate jdbc, String where, int last, Object... args) {
        Object[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = last;
        return jdbc.query("SELECT * FROM stg_run " + where + " ORDER BY run_id DESC FETCH FIRST ? ROWS ONLY",
                RunQueries::record, all);
    }

    private static StagedData.RunRecord record(ResultSet rs, int row) throws SQLException {
        return new StagedData.RunRecord(rs.getLong("run_id"), rs.getString("job"), rs.getInt("aar"),
                rs.getString("output_dir"), rs.getString("status"), time(rs.getTimestamp("started")),
                time(rs.getTimestamp("finished")), rs.getInt("rendered"), rs.getInt("blocked"), rs.getInt("unchanged"),
                rs.getInt("fejl"), rs.getInt("advarsler"), rs.getInt("written"));
    }

    private static java.time.LocalDateTime time(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }
}
