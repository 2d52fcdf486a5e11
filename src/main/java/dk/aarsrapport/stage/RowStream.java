package dk.aarsrapport.stage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * A query whose rows are handed on as the database sends them, a fetch at a time, never held all at once.
 * PostgreSQL's driver honours the fetch size only inside a transaction: with auto-commit on it reads the whole
 * result into the heap (a million Konti rows ran the ledger step out of a 256 MB heap). So a connection in
 * auto-commit mode is switched off it for the query and back afterwards; one already in a transaction is left
 * as it is. HSQLDB keeps large results on disk either way.
 */
final class RowStream {

    static final int FETCH = 1000;

    private RowStream() {
    }

    static void query(JdbcTemplate jdbc, String sql, RowCallbackHandler handler, Object... args) {
        jdbc.execute((ConnectionCallback<Void>) con -> {
            boolean auto = con.getAutoCommit();
            if (auto) {
                con.setAutoCommit(false);
            }
            try (PreparedStatement ps = con.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                ps.setFetchSize(FETCH);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        handler.processRow(rs);
                    }
                }
            } finally {
                if (auto) {
                    end(con);
                }
            }
            return null;
        });
    }

    // a read only: nothing to keep, so the transaction is rolled back and the connection given back as it came
    private static void end(Connection con) throws java.sql.SQLException {
        try {
            con.rollback();
        } finally {
            con.setAutoCommit(true);
        }
    }
}
