package dk.aarsrapport.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Restores a plain-SQL {@code pg_dump --inserts} of the schema {@code public} into another schema, over
 * JDBC: the tests share one database (and have no psql), so a restored old state must live beside the
 * other tests' tables, not over them.
 */
public final class PostgresDump {

    private PostgresDump() {
    }

    /** Runs the dump's statements with every {@code public.} name moved to {@code schema} (which must exist). */
    public static void restore(Path dump, JdbcTemplate jdbc, String schema) throws IOException {
        for (String statement : statements(Files.readString(dump, StandardCharsets.UTF_8))) {
            if (sessionSetting(statement)) {
                continue;
            }
            jdbc.execute(statement.startsWith("INSERT INTO public.")
                    ? "INSERT INTO " + schema + "." + statement.substring("INSERT INTO public.".length())
                    : statement.replace("public.", schema + "."));
        }
    }

    /**
     * The dump's SQL statements: split at semicolons outside string literals, without comments and
     * without psql's own commands (such as {@code \restrict}), which are no SQL.
     */
    static List<String> statements(String sql) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inString = false;
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            boolean lineStart = current.toString().isBlank();
            if (!inString && lineStart && (sql.startsWith("--", i) || c == '\\')) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? sql.length() : end + 1;
                continue;
            }
            if (c == '\'') {
                inString = !inString;
            }
            if (c == ';' && !inString) {
                statements.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
            i++;
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    /**
     * Settings of pg_dump's own session (search path, time-outs, …): not needed over JDBC, and a newer
     * pg_dump writes some that an older server does not know.
     */
    private static boolean sessionSetting(String statement) {
        String s = statement.toUpperCase(Locale.ROOT);
        return s.startsWith("SET ") || s.startsWith("SELECT PG_CATALOG.SET_CONFIG(");
    }
}
