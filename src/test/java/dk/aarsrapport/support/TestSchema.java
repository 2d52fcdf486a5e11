package dk.aarsrapport.support;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/**
 * The program's schema in a database that a test opens without Spring: the same migrations
 * (classpath:db/migration) that Spring Boot applies at start-up, so no test keeps a DDL of its own.
 */
public final class TestSchema {

    private TestSchema() {
    }

    public static void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).load().migrate();
    }
}
