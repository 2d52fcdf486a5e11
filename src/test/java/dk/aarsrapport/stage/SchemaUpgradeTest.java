package dk.aarsrapport.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import dk.aarsrapport.support.CliRun;
import dk.aarsrapport.support.PostgresDump;
import dk.aarsrapport.support.Samples;
import dk.aarsrapport.support.TestDatabase;

/**
 * A database written by the last version before Flyway (e7d5345; how the fixtures were made:
 * src/test/resources/upgrade/README.md) opens with this version: its run and that run's delivery log are
 * still there, read by {@code history} and in the tables, Flyway records the schema at the latest
 * migration, and a new run works beside the old one. On the embedded HSQLDB by default; on PostgreSQL in
 * the build's PostgreSQL execution, restored into a schema of its own in the database the other tests share.
 */
class SchemaUpgradeTest {

    private static final Path FIXTURES = Path.of("src/test/resources/upgrade");

    /** The recipients of the old run's trial delivery, in the order it wrote them. */
    private static final List<String> OLD_RECIPIENTS = List.of("beskaeftigelsesudvalget@example.org",
            "direktoer.jobogvelfaerd@example.org", "leder.beskaeftigelsestilbud@example.org");

    @TempDir
    Path tmp;

    @Test
    void anEmbeddedDatabaseOfTheVersionBeforeFlywayKeepsItsRunsAndDeliveries() throws IOException {
        assumeFalse(TestDatabase.postgres(), "the PostgreSQL execution runs the PostgreSQL case");
        Path data = embeddedFixture();
        upgradeAndCheck(List.of(), data, 0, "/tmp/x/out", () -> embedded(data));
    }

    /**
     * The versions before the delivery log and the Målopfølgning sheet created neither table; their start-up
     * added missing tables, and V1 (run on a baselined database too) must do the same.
     */
    @Test
    void anEmbeddedDatabaseOfAnOlderVersionGetsTheTablesItLacks() throws IOException {
        assumeFalse(TestDatabase.postgres(), "the embedded database only");
        Path data = embeddedFixture();
        Database older = embedded(data);
        new JdbcTemplate(older.dataSource()).execute("DROP TABLE dlv_udsendelse");
        new JdbcTemplate(older.dataSource()).execute("DROP TABLE stg_maalopfoelgning");
        older.close().run();

        CliRun history = CliRun.of(data, "history");
        assertThat(history.exit).as(history.toString()).isZero();
        assertThat(oldRunLine(history, 0)).contains("færdig");
        Database db = embedded(data);
        try {
            JdbcTemplate jdbc = new JdbcTemplate(db.dataSource());
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dlv_udsendelse", Integer.class)).isZero();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stg_maalopfoelgning", Integer.class)).isZero();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stg_run", Integer.class)).isOne();
            assertAtLatestMigration(jdbc, db.dataSource());
        } finally {
            db.close().run();
        }
    }

    @Test
    void aPostgresqlDatabaseOfTheVersionBeforeFlywayKeepsItsRunsAndDeliveries() throws IOException {
        assumeTrue(TestDatabase.postgres(), "PostgreSQL only in the build's PostgreSQL execution (-DskipPostgresTests=false)");
        TestDatabase.PostgresServer server = TestDatabase.postgresServer();
        String schema = "upgrade_" + UUID.randomUUID().toString().replace("-", "");
        JdbcTemplate admin = new JdbcTemplate(new DriverManagerDataSource(server.url(), server.user(), server.password()));
        admin.execute("CREATE SCHEMA " + schema);
        try {
            PostgresDump.restore(FIXTURES.resolve("postgresql-e7d5345/aarsrapport.sql"), admin, schema);
            String url = server.url() + (server.url().contains("?") ? "&" : "?") + "currentSchema=" + schema;
            upgradeAndCheck(List.of("--spring.datasource.url=" + url), Files.createDirectories(tmp.resolve("data")),
                    1, "/tmp/pgold/out", () -> new Database(new DriverManagerDataSource(url, server.user(),
                            server.password()), () -> { }));
        } finally {
            // the other PostgreSQL tests share this database: nothing of this test may stay in it
            admin.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    /** A way into the upgraded database once the program has closed it, and what to do when done. */
    private record Database(DataSource dataSource, Runnable close) {
    }

    private void upgradeAndCheck(List<String> settings, Path data, long oldRun, String oldOutput, Supplier<Database> opener)
            throws IOException {
        CliRun before = CliRun.with(settings, data, "history");
        assertThat(before.exit).as(before.toString()).isZero();
        assertThat(oldRunLine(before, oldRun)).as(before.toString())
                .contains("generate").contains("2015").contains("færdig").contains(oldOutput);
        for (String email : OLD_RECIPIENTS) {
            assertThat(before.out).contains("<" + email + ">").contains("prøve: .eml skrevet");
        }

        // the upgraded database takes new runs: the run ids go on after the old one, the delivery log grows
        Path in = Samples.copy(Samples.CSV_2015, tmp.resolve("input/2015"));
        CliRun run = CliRun.with(settings, data, "generate", "--input", in.toString(), "--output",
                tmp.resolve("output/2015").toString(), "--dry-run");
        assertThat(run.exit).as(run.toString()).isZero();
        CliRun after = CliRun.with(settings, data, "history");
        assertThat(after.exit).as(after.toString()).isZero();
        assertThat(oldRunLine(after, oldRun)).as(after.toString()).contains(oldOutput);

        Database db = opener.get();
        try {
            JdbcTemplate jdbc = new JdbcTemplate(db.dataSource());
            assertThat(jdbc.queryForList("SELECT email FROM dlv_udsendelse WHERE run_id = ? ORDER BY seq",
                    String.class, oldRun)).containsExactlyElementsOf(OLD_RECIPIENTS);
            assertThat(jdbc.queryForList("SELECT DISTINCT status FROM dlv_udsendelse WHERE run_id = ?", String.class,
                    oldRun)).containsExactly("DRY_RUN");
            Map<String, Object> oldRow = jdbc.queryForMap("SELECT job, aar, status, output_dir FROM stg_run WHERE run_id = ?",
                    oldRun);
            assertThat(oldRow).containsEntry("JOB", "generate").containsEntry("AAR", 2015)
                    .containsEntry("STATUS", "COMPLETED").containsEntry("OUTPUT_DIR", oldOutput);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stg_regnskab WHERE run_id = ?", Integer.class, oldRun))
                    .as("the old run's staged accounts, which the next run of its output folder compares with")
                    .isPositive();
            Long newRun = jdbc.queryForObject("SELECT MAX(run_id) FROM stg_run", Long.class);
            assertThat(newRun).isGreaterThan(oldRun);
            assertThat(jdbc.queryForList("SELECT email FROM dlv_udsendelse WHERE run_id = ? ORDER BY seq", String.class,
                    newRun)).isNotEmpty();

            assertAtLatestMigration(jdbc, db.dataSource());
        } finally {
            db.close().run();
        }
    }

    /** The old schema was taken as it was (baseline 0), V1 and every later migration then applied. */
    private static void assertAtLatestMigration(JdbcTemplate jdbc, DataSource dataSource) {
        List<Map<String, Object>> history = jdbc.queryForList("SELECT \"version\", \"type\", \"success\" "
                + "FROM \"flyway_schema_history\" ORDER BY \"installed_rank\"");
        assertThat(history).isNotEmpty();
        assertThat(history.get(0)).containsEntry("version", "0").containsEntry("type", "BASELINE");
        assertThat(history).extracting(row -> row.get("success")).containsOnly(true);
        MigrationInfoService info = Flyway.configure().dataSource(dataSource).load().info();
        assertThat(info.pending()).as("migrations not applied").isEmpty();
        assertThat(info.applied()).extracting(m -> m.getVersion().getVersion()).contains("0", "1");
        assertThat(info.current().getVersion()).as("the newest migration on the class path")
                .isEqualTo(Arrays.stream(info.all()).map(MigrationInfo::getVersion).max(Comparator.naturalOrder()).get());
    }

    private Path embeddedFixture() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        for (String file : List.of("aarsrapport.script", "aarsrapport.properties", "aarsrapport.data")) {
            Files.copy(FIXTURES.resolve("hsqldb-e7d5345").resolve(file), data.resolve(file));
        }
        return data;
    }

    /** The data folder's database, opened as the program opens it; closing it shuts it down, so it is on disk. */
    private static Database embedded(Path data) {
        DriverManagerDataSource ds = new DriverManagerDataSource("jdbc:hsqldb:file:" + data.resolve("aarsrapport")
                + ";hsqldb.tx=mvcc;hsqldb.default_table_type=cached;hsqldb.lock_file=false;ifexists=true", "SA", "");
        return new Database(ds, () -> new JdbcTemplate(ds).execute("SHUTDOWN"));
    }

    private static String oldRunLine(CliRun history, long oldRun) {
        return history.out.lines().filter(l -> l.startsWith(oldRun + " ")).findFirst().orElse("");
    }
}
