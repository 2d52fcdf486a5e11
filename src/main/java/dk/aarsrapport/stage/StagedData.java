package dk.aarsrapport.stage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import dk.aarsrapport.base.SheetLocation;
import dk.aarsrapport.base.Texts;
import dk.aarsrapport.base.Finding;
import dk.aarsrapport.base.Severity;

/** Reads a run's staged data back, in the order it was read; and opens writers for new runs. */
@Component
public class StagedData {

    /** The tables of a run's staged rows (db/migration), emptied by run; the run log stg_run is not one of them. */
    private static final List<String> TABLES = List.of("stg_file", "stg_column", "stg_rapport", "stg_politikomraade",
            "stg_regnskab", "stg_tekst", "stg_effektmaal", "stg_maaling", "stg_modtager", "stg_maalopfoelgning", "stg_finding",
            "stg_konto", "stg_kontoplan", "stg_ledger_account", "stg_ledger_line");

    private final JdbcTemplate jdbc;

    StagedData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The id a run's previous-year input is staged under (R8), beside its own: run ids start at 0, these at -1. */
    public static long previousYearRun(long run) {
        return -run - 1;
    }

    /** Starts staging a run from scratch: what a previous attempt of the same run staged is removed. */
    public StagingWriter newRun(long runId) {
        for (String table : TABLES) {
            jdbc.update("DELETE FROM " + table + " WHERE run_id = ?", runId);
        }
        return new StagingWriter(jdbc, runId);
    }

    /**
     * Continues writing to a run already staged (validation adds its findings). Findings after the
     * first {@code keepFindings} are removed first, so a restarted step does not report twice.
     */
    public StagingWriter append(long runId, int keepFindings) {
        jdbc.update("DELETE FROM stg_finding WHERE run_id = ? AND seq > ?", runId, keepFindings);
        return new StagingWriter(jdbc, runId, keepFindings);
    }

    /** A run's row in the run log, as summarised for the history and the change report. */
    public record RunRecord(long runId, String job, int year, String outputDir, String status,
                            java.time.LocalDateTime started, java.time.LocalDateTime finished, int rendered,
                            int blocked, int unchanged, int fejl, int advarsler, int written) {
    }

    /** Notes that a run started (again, after a restart: the row is kept). */
    public void runStarted(long runId, String job, int year, String outputDir) {
        RunQueries.started(jdbc, runId, job, year, outputDir);
    }

    public void runFinished(long runId, String status, int rendered, int blocked, int unchanged, int fejl,
                            int advarsler, int written) {
        RunQueries.finished(jdbc, runId, status, new int[] {rendered, blocked, unchanged, fejl, advarsler, written});
    }

    /** The last {@code last} runs, newest first. */
    public List<RunRecord> runs(int last) {
        return RunQueries.newest(jdbc, "", last);
    }

    /** Each year's last run, newest first: the overview's, without reading the runs before them. */
    public List<RunRecord> lastRunOfEachYear() {
        return RunQueries.newest(jdbc, "WHERE run_id IN (SELECT MAX(run_id) FROM stg_run GROUP BY aar)", Integer.MAX_VALUE);
    }

    /** The last run of a year into an output folder (the year page's), found without reading every run. */
    public Optional<RunRecord> lastRun(int year, String outputDir) {
        return RunQueries.newest(jdbc, "WHERE aar = ? AND output_dir = ?", 1, year, outputDir).stream().findFirst();
    }

    /**
     * The last {@code generate} run of {@code outputDir} before {@code before} that completed, or null: the
     * runs after it were killed or failed, and what they did (such as mailing a pack) counts as not yet done
     * by a completed run.
     */
    public Long lastCompletedGenerate(String outputDir, long before) {
        return jdbc.queryForObject("SELECT MAX(run_id) FROM stg_run WHERE output_dir = ? AND job = 'generate' "
                + "AND status = 'COMPLETED' AND run_id < ?", Long.class, outputDir, before);
    }

    /** Whether the staged data of a run is still there (older runs' data is dropped to save space). */
    public boolean hasStagedData(long runId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM stg_file WHERE run_id = ?", Integer.class, runId) > 0;
    }

    /**
     * Drops the staged rows of every run of the same output folder but {@code keep} — the run just
     * published, which the next run compares itself with. The run log stays.
     */
    public void forgetOtherRuns(String outputDir, long keep) {
        List<Long> old = jdbc.queryForList("SELECT run_id FROM stg_run WHERE output_dir = ? AND run_id <> ?",
                Long.class, outputDir, keep);
        for (Long run : old) {
            for (String table : TABLES) {
                jdbc.update("DELETE FROM " + table + " WHERE run_id IN (?, ?)", run, previousYearRun(run));
            }
        }
    }

    public List<Politikomraade> politikomraader(long run) {
        return jdbc.query("SELECT nr, navn, udvalg, " + ORIGIN_COLS
                + " FROM stg_politikomraade WHERE run_id = ? ORDER BY nr, seq", (rs, i) ->
                new Politikomraade(rs.getInt("nr"), rs.getString("navn"), rs.getString("udvalg"), origin(rs)), run);
    }

    public Optional<Politikomraade> politikomraade(long run, int nr) {
        return politikomraader(run).stream().filter(p -> p.nr() == nr).findFirst();
    }

    /** The Rapport sheet as field → value, keyed by the normalised field name. */
    public Map<String, String> rapport(long run) {
        Map<String, String> values = new LinkedHashMap<>();
        jdbc.query("SELECT felt, vaerdi FROM stg_rapport WHERE run_id = ? ORDER BY seq",
                rs -> {
                    values.putIfAbsent(Texts.key(rs.getString("felt")), rs.getString("vaerdi"));
                }, run);
        return values;
    }

    public List<RegnskabLinje> regnskab(long run, String politikomraade) {
        return jdbc.query("SELECT * FROM stg_regnskab WHERE run_id = ? AND area_key = ? ORDER BY seq",
                REGNSKAB, run, Texts.key(politikomraade));
    }

    /**
     * A run's accounts lines in reading order, one at a time: a workbook may hold a million of them,
     * more than the heap of a small machine, so no rule ever gets them all as a list.
     */
    public void forEachRegnskab(long run, java.util.function.Consumer<RegnskabLinje> action) {
        forEachRegnskab(run, (line, seq) -> action.accept(line));
    }

    /** As above, with each line's place in the reading order. */
    public void forEachRegnskab(long run, java.util.function.ObjLongConsumer<RegnskabLinje> action) {
        RowStream.query(jdbc, "SELECT * FROM stg_regnskab WHERE run_id = ? ORDER BY seq",
                rs -> action.accept(REGNSKAB.mapRow(rs, rs.getRow()), rs.getLong("seq")), run);
    }

    /** Where a politikområde's accounts lines stand in the reading order; contiguous when nothing else is between. */
    public record AreaSpan(String areaKey, long firstSeq, long lastSeq, long lines) {
        public boolean contiguous() {
            return lastSeq - firstSeq + 1 == lines;
        }
    }

    public List<AreaSpan> regnskabSpans(long run) {
        return jdbc.query("SELECT area_key, MIN(seq) f, MAX(seq) l, COUNT(*) n FROM stg_regnskab WHERE run_id = ? "
                + "GROUP BY area_key ORDER BY f", (rs, i) -> new AreaSpan(rs.getString(1), rs.getLong(2), rs.getLong(3),
                rs.getLong(4)), run);
    }

    /** The politikområde keys of a run's accounts lines, in the order they first appear. */
    public List<String> regnskabAreaKeys(long run) {
        return jdbc.queryForList("SELECT area_key FROM stg_regnskab WHERE run_id = ? GROUP BY area_key ORDER BY MIN(seq)",
                String.class, run);
    }

    /** One politikområde's accounts lines, by its key ({@link Texts#key}), in reading order. */
    public List<RegnskabLinje> regnskabByKey(long run, String areaKey) {
        return jdbc.query("SELECT * FROM stg_regnskab WHERE run_id = ? AND area_key = ? ORDER BY seq",
                REGNSKAB, run, areaKey);
    }

    /** The politikområde keys with rows from one sheet of one file, in any of the per-politikområde tables. */
    public java.util.Set<String> areaKeysFrom(long run, String file, String sheet) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (String table : List.of("stg_regnskab", "stg_tekst", "stg_effektmaal", "stg_maaling", "stg_ledger_account")) {
            keys.addAll(jdbc.queryForList("SELECT DISTINCT area_key FROM " + table
                    + " WHERE run_id = ? AND src_file = ? AND src_sheet = ?", String.class, run, file, sheet));
        }
        return keys;
    }

    public List<Tekst> tekster(long run, String politikomraade) {
        return jdbc.query("SELECT * FROM stg_tekst WHERE run_id = ? AND area_key = ? ORDER BY seq",
                TEKST, run, Texts.key(politikomraade));
    }

    public List<Tekst> tekster(long run) {
        return jdbc.query("SELECT * FROM stg_tekst WHERE run_id = ? ORDER BY seq", TEKST, run);
    }

    public List<Effektmaal> effektmaal(long run, String politikomraade) {
        return jdbc.query("SELECT * FROM stg_effektmaal WHERE run_id = ? AND area_key = ? ORDER BY seq",
                EFFEKTMAAL, run, Texts.key(politikomraade));
    }

    public List<Effektmaal> effektmaal(long run) {
        return jdbc.query("SELECT * FROM stg_effektmaal WHERE run_id = ? ORDER BY seq", EFFEKTMAAL, run);
    }

    public List<Maaling> maalinger(long run, String politikomraade) {
        return jdbc.query("SELECT * FROM stg_maaling WHERE run_id = ? AND area_key = ? ORDER BY seq",
                MAALING, run, Texts.key(politikomraade));
    }

    public List<Maaling> maalinger(long run) {
        return jdbc.query("SELECT * FROM stg_maaling WHERE run_id = ? ORDER BY seq", MAALING, run);
    }

    public List<Modtager> modtagere(long run) {
        return jdbc.query("SELECT * FROM stg_modtager WHERE run_id = ? ORDER BY seq", (rs, i) ->
                new Modtager(rs.getString("navn"), rs.getString("email"), rs.getString("udvalg"),
                        rs.getString("politikomraade"), origin(rs)), run);
    }

    /** The Målopfølgning rows in reading order; {@link MaalRammer#of} puts them together into goals. */
    public List<Maalopfoelgning> maalopfoelgning(long run) {
        return jdbc.query("SELECT * FROM stg_maalopfoelgning WHERE run_id = ? ORDER BY seq", (rs, i) ->
                new Maalopfoelgning(rs.getString("ramme"), rs.getString("tema"), rs.getString("temabeskrivelse"),
                        rs.getString("nr"), rs.getString("maalsaetning"), rs.getString("maalgruppe"),
                        rs.getString("indsats"), rs.getString("beskrivelse"), rs.getString("samarbejdspartnere"),
                        rs.getString("status"), rs.getString("politikomraade"), origin(rs)), run);
    }

    public List<MaalRammer.Ramme> rammer(long run) {
        return MaalRammer.of(maalopfoelgning(run));
    }

    /** All of a run's findings in a list, for tests and small runs; the program reads them by {@link StagedFindings}. */
    public List<Finding> findings(long run) {
        return jdbc.query("SELECT * FROM stg_finding WHERE run_id = ? ORDER BY seq", (rs, i) ->
                new Finding(Severity.valueOf(rs.getString("severity")), rs.getString("rule_id"),
                        rs.getString("politikomraade"), rs.getString("src_file"), rs.getString("src_sheet"),
                        rs.getString("cell"), rs.getString("found"), rs.getString("expected"),
                        rs.getString("message")), run);
    }

    /** The files read by the run, with their sha256, in reading order. */
    public Map<String, String> files(long run) {
        Map<String, String> files = new LinkedHashMap<>();
        jdbc.query("SELECT file_name, sha256 FROM stg_file WHERE run_id = ?",
                rs -> {
                    files.put(rs.getString(1), rs.getString(2));
                }, run);
        return files;
    }

    /**
     * The reference a finance officer uses to find a field of a staged row again: {@code Regnskab!G23},
     * or for CSV {@code linje 23, kolonne Afvigelse}. Without a known column: the row alone.
     */
    public String cell(long run, Origin origin, String field) {
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT col_index, header FROM stg_column "
                + "WHERE run_id = ? AND src_file = ? AND src_sheet = ? AND field = ?", run, origin.file(),
                origin.sheet(), field);
        SheetLocation location = new SheetLocation(origin.file(), origin.sheet(), origin.csv());
        if (rows.isEmpty()) {
            return location.cell(origin.row(), -1, List.of());
        }
        int index = ((Number) rows.get(0).get("col_index")).intValue();
        String header = (String) rows.get(0).get("header");
        List<String> headers = new java.util.ArrayList<>(java.util.Collections.nCopies(index + 1, ""));
        headers.set(index, header);
        return location.cell(origin.row(), index, headers);
    }

    private static final String ORIGIN_COLS = "src_file, src_sheet, src_row, src_csv";

    private static Origin origin(ResultSet rs) throws SQLException {
        return new Origin(rs.getString("src_file"), rs.getString("src_sheet"), rs.getInt("src_row"),
                rs.getBoolean("src_csv"));
    }

    private static final RowMapper<RegnskabLinje> REGNSKAB = (rs, i) -> new RegnskabLinje(
            rs.getString("politikomraade"), rs.getString("linje"), rs.getBigDecimal("regnskab_forrige"),
            rs.getBigDecimal("budget"), rs.getBigDecimal("korr_budget"), rs.getBigDecimal("regnskab"),
            rs.getBigDecimal("afvigelse"), origin(rs));

    private static final RowMapper<Tekst> TEKST = (rs, i) -> new Tekst(rs.getString("politikomraade"),
            rs.getString("afsnit"), rs.getString("tekst"), origin(rs));

    private static final RowMapper<Effektmaal> EFFEKTMAAL = (rs, i) -> new Effektmaal(rs.getString("politikomraade"),
            rs.getString("gruppe"), rs.getString("maal"), rs.getString("beskrivelse"), rs.getString("maalsaetning"),
            rs.getString("resultat"), origin(rs));

    private static final RowMapper<Maaling> MAALING = (rs, i) -> new Maaling(rs.getString("politikomraade"),
            rs.getString("maal"), rs.getString("indikator"), rs.getString("serie"),
            (Integer) rs.getObject("aar", Integer.class), rs.getString("periode"), rs.getBigDecimal("taeller"),
            rs.getBigDecimal("naevner"), rs.getBigDecimal("vaerdi"), rs.getString("vaerdi_tekst"),
            rs.getBigDecimal("maalvaerdi"), rs.getString("maalvaerdi_tekst"), rs.getString("enhed"), origin(rs));
}
