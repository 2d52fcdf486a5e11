package dk.aarsrapport.stage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import dk.aarsrapport.base.Finding;
import dk.aarsrapport.base.Severity;

/**
 * A run's findings as the reports and the console need them, never all in a list: a ledger whose accounts
 * no Kontoplan row maps gives one finding per account, a million of them, more than a small heap holds.
 * So they are read back one at a time, and what is counted is counted by the database.
 */
@Component
public class StagedFindings {

    /** How many FEJL and ADVARSEL one politikområde has (null: findings about the whole input). */
    public record Count(String politikomraade, long fejl, long advarsler) {
    }

    /** What decides which reports a FEJL blocks: its rule and where it is, without what it says. */
    public record Scope(String rule, String politikomraade, String file, String sheet) {
    }

    private final JdbcTemplate jdbc;

    StagedFindings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Each finding in the order found. */
    public void forEach(long run, Consumer<Finding> action) {
        stream("SELECT * FROM stg_finding WHERE run_id = ? ORDER BY seq", action, run);
    }

    /** Each finding about one politikområde (null: those about the whole input), in the order found. */
    public void forEach(long run, String politikomraade, Consumer<Finding> action) {
        if (politikomraade == null) {
            stream("SELECT * FROM stg_finding WHERE run_id = ? AND politikomraade IS NULL ORDER BY seq", action, run);
        } else {
            stream("SELECT * FROM stg_finding WHERE run_id = ? AND politikomraade = ? ORDER BY seq", action, run,
                    politikomraade);
        }
    }

    /** The counts per politikområde, in the order of each one's first finding. */
    public List<Count> counts(long run) {
        return jdbc.query("SELECT politikomraade, SUM(CASE WHEN severity = 'FEJL' THEN 1 ELSE 0 END) f, "
                + "SUM(CASE WHEN severity = 'FEJL' THEN 0 ELSE 1 END) a, MIN(seq) s FROM stg_finding WHERE run_id = ? "
                + "GROUP BY politikomraade ORDER BY s", (rs, i) -> new Count(rs.getString(1), rs.getLong(2),
                rs.getLong(3)), run);
    }

    /** The first {@code limit} findings of one severity, in the order found (the console shows no more). */
    public List<Finding> first(long run, Severity severity, int limit) {
        return jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement(
                    "SELECT * FROM stg_finding WHERE run_id = ? AND severity = ? ORDER BY seq");
            ps.setLong(1, run);
            ps.setString(2, severity.name());
            ps.setMaxRows(limit);
            return ps;
        }, FINDING);
    }

    /** The distinct places of a run's FEJL: a million K1s about one sheet are one scope. */
    public List<Scope> fejlScopes(long run) {
        return jdbc.query("SELECT DISTINCT rule_id, politikomraade, src_file, src_sheet FROM stg_finding "
                + "WHERE run_id = ? AND severity = 'FEJL'", (rs, i) -> new Scope(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4)), run);
    }

    private void stream(String sql, Consumer<Finding> action, Object... args) {
        RowStream.query(jdbc, sql, rs -> action.accept(FINDING.mapRow(rs, 0)), args);
    }

    static final RowMapper<Finding> FINDING = StagedFindings::finding;

    private static Finding finding(ResultSet rs, int i) throws SQLException {
        return new Finding(Severity.valueOf(rs.getString("severity")), rs.getString("rule_id"),
                rs.getString("politikomraade"), rs.getString("src_file"), rs.getString("src_sheet"),
                rs.getString("cell"), rs.getString("found"), rs.getString("expected"), rs.getString("message"));
    }
}
