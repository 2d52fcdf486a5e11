package dk.aarsrapport.web;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The log of what users changed (table web_action): uploads, validations, runs, mailings, users added or
 * removed, each with who and when. It stands beside the run history (stg_run), tied to it by run id.
 */
@Component
public class WebActions {

    private final JdbcTemplate jdbc;

    WebActions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Action(LocalDateTime at, String user, String action, Integer year, String detail, Long runId) {
    }

    public void record(String user, String action, Integer year, String detail, Long runId) {
        jdbc.update("INSERT INTO web_action (tidspunkt, brugernavn, handling, aar, detalje, run_id) "
                + "VALUES (?, ?, ?, ?, ?, ?)", Timestamp.valueOf(LocalDateTime.now()), user, action, year,
                detail, runId);
    }

    /** Who started each run started from the console, by run id. */
    public java.util.Map<Long, String> startersOfRuns() {
        java.util.Map<Long, String> by = new java.util.HashMap<>();
        jdbc.query("SELECT run_id, brugernavn FROM web_action WHERE run_id IS NOT NULL", rs -> {
            by.putIfAbsent(rs.getLong(1), rs.getString(2));
        });
        return by;
    }

    /** The newest upload of each file name of a year. */
    public java.util.Map<String, Action> lastUploads(int year) {
        java.util.Map<String, Action> by = new java.util.HashMap<>();
        jdbc.query("SELECT * FROM web_action WHERE handling = 'upload' AND aar = ? ORDER BY id DESC", rs -> {
            by.putIfAbsent(rs.getString("detalje"), new Action(rs.getTimestamp("tidspunkt").toLocalDateTime(),
                    rs.getString("brugernavn"), "upload", year, rs.getString("detalje"), null));
        }, year);
        return by;
    }

    /** The newest first. */
    public List<Action> last(int count) {
        return jdbc.query("SELECT * FROM web_action ORDER BY id DESC", rs -> {
            List<Action> all = new java.util.ArrayList<>();
            while (rs.next() && all.size() < count) {
                all.add(new Action(rs.getTimestamp("tidspunkt").toLocalDateTime(), rs.getString("brugernavn"),
                        rs.getString("handling"), (Integer) rs.getObject("aar", Integer.class),
                        rs.getString("detalje"), (Long) rs.getObject("run_id", Long.class)));
            }
            return all;
        });
    }
}
