package dk.aarsrapport.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.Random;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The probe of the embedded database, on databases made here: the damage, not a whole run, is the fixture. */
class EmbeddedDatabaseRepairTest {

    @TempDir
    Path dir;

    /** A cleanly shut down database with nothing but staged rows: the one kind of table the probe may skip. */
    private Path stagedOnly() throws SQLException {
        Path base = dir.resolve("db").resolve("aarsrapport");
        try (Connection c = DriverManager.getConnection("jdbc:hsqldb:file:" + base, "SA", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE CACHED TABLE STG_LINE (ID INT PRIMARY KEY, TEXT VARCHAR(200))");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO STG_LINE VALUES (?, ?)")) {
                for (int i = 0; i < 20_000; i++) {
                    insert.setInt(1, i);
                    insert.setString(2, "Linje " + i + " af en stor arbejdsbog med tekst nok til at fylde");
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            s.execute("SHUTDOWN");
        }
        return base;
    }

    @Nested
    class Good {

        @Test
        void aSoundSmallDatabaseIsLeftAsItIs() throws Exception {
            Path base = stagedOnly();
            var repair = EmbeddedDatabaseRepair.of("jdbc:hsqldb:file:" + base, "SA", "").orElseThrow();
            assertThat(repair.repair(LocalDateTime.of(2026, 12, 4, 5, 0), dir.toString())).isEmpty();
            assertThat(base.resolveSibling("aarsrapport.data")).exists();
        }
    }

    @Nested
    class Bad {

        @Test
        void garbageInTheStagedRowsOfACleanlyClosedSmallDatabaseIsFound() throws Exception {
            Path base = stagedOnly();
            Path data = base.resolveSibling("aarsrapport.data");
            assertThat(Files.size(data)).isLessThanOrEqualTo(EmbeddedDatabaseRepair.FULL_CHECK_BYTES);
            byte[] bytes = Files.readAllBytes(data);
            // 2 KB among the rows: the database opens, and only reading the rows shows it
            byte[] garbage = new byte[2048];
            new Random(15).nextBytes(garbage);
            System.arraycopy(garbage, 0, bytes, bytes.length / 4, garbage.length);
            Files.write(data, bytes);

            var repair = EmbeddedDatabaseRepair.of("jdbc:hsqldb:file:" + base, "SA", "").orElseThrow();
            var said = repair.repair(LocalDateTime.of(2026, 12, 4, 5, 0), dir.toString());
            assertThat(said).hasValueSatisfying(line -> assertThat(line).contains("beskadiget", "aarsrapport.data"));
            assertThat(data).doesNotExist();
            try (var aside = Files.list(base.getParent())) {
                assertThat(aside.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("beskadiget-"));
            }
        }
    }
}
