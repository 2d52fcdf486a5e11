package dk.aarsrapport.stage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * A query whose rows are handed on as the database sends them, a fetch at a time, never held all at once.
 * PostgreSQL's driver honours the fetch size only inside a transaction: with auto-commit on it reads the whole
 * result into the heap (a million Konti rows ran the ledger step out of a 256 MB heap). So unless the thread's
 * connection is in a transaction already, the query runs on a connection of its own with auto-commit off. Of its
 * own, not the thread's (which a step on a resourceless transaction manager holds in auto-commit mode):
 * what the row handler writes meanwhile (findings, batch by batch) must commit as it does today, not ride on a
 * read transaction. HSQLDB keeps large results on disk with auto-commit on, and is queried as before.
 */
final class RowStream {

    static final int FETCH = 1000;

    private RowStream() {
    }

    static void query(JdbcTemplate jdbc, String sql, RowCallbackHandler handler, Object... args) {
        if (!postgres(jdbc.getDataSource())) {
            jdbc.query(con -> statement(con, sql, args), handler);
            return;
        }
        jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Void>) bound -> {
            if (!bound.getAutoCommit()) { // in a transaction already: the driver streams, and sees its writes
                rows(bound, sql, args, handler);
                return null;
            }
            try (Connection con = jdbc.getDataSource().getConnection()) {
                con.setAutoCommit(false);
                try {
                    rows(con, sql, args, handler);
                } finally {
                    con.rollback(); // a read only: nothing to keep
                    con.setAutoCommit(true);
                }
            }
            return null;
        });
    }

    private static void rows(Connection con, String sql, Object[] args, RowCallbackHandler handler) throws SQLException {
        try (PreparedStatement ps = statement(con, sql, args); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                handler.processRow(rs);
            }
        }
    }

    private static PreparedStatement statement(Connection con, String sql, Object[] args) throws SQLException {
        PreparedStatement ps = con.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
        ps.setFetchSize(FETCH);
        return ps;
    }

    private static final java.util.Map<DataSource, Boolean> POSTGRES =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private static boolean postgres(DataSource ds) {
        return POSTGRES.computeIfAbsent(ds, d -> {
            try (Connection con = d.getConnection()) {
                return con.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
            } catch (SQLException e) {
                return false;
            }
        });
    }
}
