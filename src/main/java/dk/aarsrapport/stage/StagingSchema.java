package dk.aarsrapport.stage;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Creates the staging tables if they are missing. Every staged row carries the run it belongs to and
 * where it was read (file, sheet, row), so that a finding can name the cell a finance officer must fix.
 * Plain SQL types only, so the same DDL serves HSQLDB (cached, disk-backed tables by the URL's
 * default table type) and PostgreSQL.
 */
@Component
class StagingSchema {

    private static final String ORIGIN = "src_file VARCHAR(1000), src_sheet VARCHAR(1000), src_row INTEGER, src_csv BOOLEAN";
    private static final String TEXT = "VARCHAR(1000000)";
    private static final String NAME = "VARCHAR(4000)";
    private static final String AMOUNT = "DECIMAL(24,6)";

    static final List<String> TABLES = List.of("stg_file", "stg_column", "stg_rapport", "stg_politikomraade",
            "stg_regnskab", "stg_tekst", "stg_effektmaal", "stg_maaling", "stg_modtager", "stg_maalopfoelgning", "stg_finding");

    private final JdbcTemplate jdbc;

    StagingSchema(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        create();
    }

    private void create() {
        ddl("stg_file", "run_id BIGINT NOT NULL, file_name " + NAME + ", sha256 VARCHAR(64), size_bytes BIGINT");
        ddl("stg_column", "run_id BIGINT NOT NULL, src_file " + NAME + ", src_sheet " + NAME
                + ", field VARCHAR(100), col_index INTEGER, header " + NAME);
        ddl("stg_rapport", "run_id BIGINT NOT NULL, seq INTEGER, felt " + NAME + ", vaerdi " + TEXT + ", " + ORIGIN);
        ddl("stg_politikomraade", "run_id BIGINT NOT NULL, seq INTEGER, area_key " + NAME + ", nr INTEGER, navn " + NAME + ", udvalg " + NAME
                + ", " + ORIGIN);
        ddl("stg_regnskab", "run_id BIGINT NOT NULL, seq INTEGER, area_key " + NAME + ", politikomraade " + NAME + ", linje " + NAME
                + ", regnskab_forrige " + AMOUNT + ", budget " + AMOUNT + ", korr_budget " + AMOUNT
                + ", regnskab " + AMOUNT + ", afvigelse " + AMOUNT + ", " + ORIGIN);
        ddl("stg_tekst", "run_id BIGINT NOT NULL, seq INTEGER, area_key " + NAME + ", politikomraade " + NAME + ", afsnit " + NAME
                + ", tekst " + TEXT + ", " + ORIGIN);
        ddl("stg_effektmaal", "run_id BIGINT NOT NULL, seq INTEGER, area_key " + NAME + ", politikomraade " + NAME + ", gruppe " + NAME
                + ", maal " + NAME + ", beskrivelse " + TEXT + ", maalsaetning " + TEXT + ", resultat " + TEXT + ", " + ORIGIN);
        ddl("stg_maaling", "run_id BIGINT NOT NULL, seq INTEGER, area_key " + NAME + ", politikomraade " + NAME + ", maal " + NAME
                + ", indikator " + NAME + ", serie " + NAME + ", aar INTEGER, periode " + NAME
                + ", taeller " + AMOUNT + ", naevner " + AMOUNT + ", vaerdi " + AMOUNT + ", vaerdi_tekst " + NAME
                + ", maalvaerdi " + AMOUNT + ", maalvaerdi_tekst " + NAME + ", enhed " + NAME + ", " + ORIGIN);
        ddl("stg_modtager", "run_id BIGINT NOT NULL, seq INTEGER, area_key " + NAME + ", navn " + NAME + ", email " + NAME + ", udvalg " + NAME
                + ", politikomraade " + NAME + ", " + ORIGIN);
        ddl("stg_maalopfoelgning", "run_id BIGINT NOT NULL, seq INTEGER, ramme " + NAME + ", tema " + NAME
                + ", temabeskrivelse " + TEXT + ", nr " + NAME + ", maalsaetning " + TEXT + ", maalgruppe " + TEXT
                + ", indsats " + NAME + ", beskrivelse " + TEXT + ", samarbejdspartnere " + TEXT + ", status " + NAME
                + ", politikomraade " + NAME + ", " + ORIGIN);
        ddl("stg_finding", "run_id BIGINT NOT NULL, seq INTEGER, severity VARCHAR(10), rule_id VARCHAR(10), politikomraade "
                + NAME + ", src_file " + NAME + ", src_sheet " + NAME + ", cell " + NAME + ", found " + TEXT
                + ", expected " + TEXT + ", message " + TEXT);
        // one row per run, kept for ever (it is small): the history and the change report find runs here
        ddl("stg_run", "run_id BIGINT NOT NULL PRIMARY KEY, job VARCHAR(20), aar INTEGER, output_dir " + NAME
                + ", status VARCHAR(20), started TIMESTAMP, finished TIMESTAMP, rendered INTEGER, blocked INTEGER, "
                + "unchanged INTEGER, fejl INTEGER, advarsler INTEGER, written INTEGER");
        for (String table : TABLES) {
            jdbc.execute("CREATE INDEX IF NOT EXISTS ix_" + table + "_run ON " + table + " (run_id)");
        }
        for (String table : List.of("stg_regnskab", "stg_tekst", "stg_effektmaal", "stg_maaling")) {
            jdbc.execute("CREATE INDEX IF NOT EXISTS ix_" + table + "_area ON " + table + " (run_id, area_key)");
        }
    }

    private void ddl(String table, String columns) {
        jdbc.execute("CREATE TABLE IF NOT EXISTS " + table + " (" + columns + ")");
    }
}
