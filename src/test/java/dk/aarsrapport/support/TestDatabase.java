package dk.aarsrapport.support;

import java.util.List;
import java.util.Map;

/**
 * Which database the functional tests run against: the embedded HSQLDB by default, PostgreSQL when
 * the build is run with {@code -Daarsrapport.test.db=postgres} (the pom's postgres execution; the
 * server's address comes from AARSRAPPORT_DB_URL/_USER/_PASSWORD or their defaults).
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static boolean postgres() {
        return "postgres".equals(System.getProperty("aarsrapport.test.db", "hsqldb"));
    }

    /** Extra Spring arguments for an in-process run. */
    public static List<String> springArgs() {
        return postgres() ? List.of("--spring.profiles.active=postgres") : List.of();
    }

    /**
     * The PostgreSQL server's URL, user and password as the profile "postgres" reads them (for a test that
     * connects itself, or points the program at a schema of its own).
     */
    public static PostgresServer postgresServer() {
        return new PostgresServer(env("AARSRAPPORT_DB_URL", "jdbc:postgresql://localhost:5432/aarsrapport"),
                env("AARSRAPPORT_DB_USER", "aarsrapport"), env("AARSRAPPORT_DB_PASSWORD", ""));
    }

    public record PostgresServer(String url, String user, String password) {
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? otherwise : value;
    }

    /** Extra environment for a run in its own process. */
    public static Map<String, String> environment() {
        return postgres() ? Map.of("SPRING_PROFILES_ACTIVE", "postgres") : Map.of();
    }
}
