package dk.aarsrapport.stage;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One JDBC batch of inserts, each value bound by its own type. JdbcTemplate's generic binding looks each
 * value's type up, and for a null asks the driver for the parameter's type; at a million staged rows that was
 * a measured part of staging. The batch commits as JdbcTemplate's would (the connection's own mode).
 */
final class TypedBatch {

    private TypedBatch() {
    }

    static void insert(JdbcTemplate jdbc, String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.execute((ConnectionCallback<int[]>) con -> {
            try (PreparedStatement ps = con.prepareStatement(sql)) {
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        bind(ps, i + 1, row[i]);
                    }
                    ps.addBatch();
                }
                return ps.executeBatch();
            }
        });
    }

    private static void bind(PreparedStatement ps, int index, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.NULL); // the column's type is the database's to know
        } else if (value instanceof String s) {
            ps.setString(index, s);
        } else if (value instanceof Integer i) {
            ps.setInt(index, i);
        } else if (value instanceof Long l) {
            ps.setLong(index, l);
        } else if (value instanceof BigDecimal d) {
            ps.setBigDecimal(index, d);
        } else if (value instanceof Boolean b) {
            ps.setBoolean(index, b);
        } else {
            ps.setObject(index, value);
        }
    }
}
