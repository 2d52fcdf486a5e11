package dk.aarsrapport.stage;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The ledger's staged rows (Konti, Kontoplan) and what the ledger step made of them (accounts, built lines).
 * Accounts are read and written one at a time: an export holds up to a million of them.
 */
@Component
public class LedgerData {

    private static final int BATCH = 1000;
    private static final String ORIGIN = "src_file, src_sheet, src_row, src_csv";

    private final JdbcTemplate jdbc;
    private final LedgerFacts.Memo facts = new LedgerFacts.Memo();

    LedgerData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean hasKonti(long run) {
        // the first row answers it; a COUNT(*) would walk a million
        return !jdbc.queryForList("SELECT 1 FROM stg_konto WHERE run_id = ? LIMIT 1", run).isEmpty();
    }

    /**
     * Removes what an earlier attempt of the ledger step made for this run: its accounts, its lines, and the
     * accounts lines it staged as the run's Regnskab (those have a Kontoplan row as their origin).
     */
    public void clearBuilt(long run) {
        facts.forget(run);
        jdbc.update("DELETE FROM stg_ledger_account WHERE run_id = ?", run);
        jdbc.update("DELETE FROM stg_ledger_line WHERE run_id = ?", run);
        jdbc.update("DELETE FROM stg_regnskab WHERE run_id = ? AND EXISTS (SELECT 1 FROM stg_kontoplan k WHERE "
                + "k.run_id = stg_regnskab.run_id AND k.src_file = stg_regnskab.src_file AND k.src_sheet = "
                + "stg_regnskab.src_sheet)", run);
    }

    /** Whether the input has typed accounts lines (a Regnskab sheet with rows) beside the ledger. */
    public boolean hasTypedRegnskab(long run) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM stg_regnskab r WHERE r.run_id = ? AND NOT EXISTS (SELECT 1 "
                + "FROM stg_kontoplan k WHERE k.run_id = r.run_id AND k.src_file = r.src_file AND k.src_sheet = "
                + "r.src_sheet)", Integer.class, run) > 0;
    }

    public List<KontoplanRaekke> kontoplan(long run) {
        return jdbc.query("SELECT * FROM stg_kontoplan WHERE run_id = ? ORDER BY seq", (rs, i) -> new KontoplanRaekke(
                rs.getInt("seq"), rs.getString("funktion"), rs.getString("dranst"), rs.getString("art"),
                rs.getString("sted"), rs.getString("politikomraade"), rs.getString("linje"), origin(rs)), run);
    }

    /** The Konti rows in account order (the rows of one account together), one at a time. */
    public void forEachKontoByKey(long run, Consumer<Konto> action) {
        stream("SELECT * FROM stg_konto WHERE run_id = ? ORDER BY konto_key, seq", run, rs -> action.accept(
                new Konto(rs.getString("funktion"), rs.getString("gruppering"), (Integer) rs.getObject("dranst",
                        Integer.class), rs.getString("art"), rs.getString("sted"), rs.getString("kontonavn"),
                        rs.getBigDecimal("regnskab_forrige"), rs.getBigDecimal("budget"), rs.getBigDecimal("korr_budget"),
                        rs.getBigDecimal("regnskab"), origin(rs))));
    }

    /** The sums of every Konti row's amounts, in the Kontobeløbsenhed: Regnskab Y-1, Budget, Korr. budget, Regnskab. */
    public BigDecimal[] kontiSums(long run) {
        LedgerFacts known = facts.get(run);
        if (known != null) {
            return known.kontiSums().clone();
        }
        return jdbc.queryForObject("SELECT SUM(regnskab_forrige), SUM(budget), SUM(korr_budget), SUM(regnskab) "
                + "FROM stg_konto WHERE run_id = ?", (rs, i) -> new BigDecimal[] {rs.getBigDecimal(1),
                rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4)}, run);
    }

    /** What the ledger step learnt while it wrote the run's accounts (after {@link LedgerAccountWriter#close()}). */
    public void remember(long run, LedgerFacts known) {
        facts.put(run, known);
    }

    public LedgerAccountWriter accountWriter(long run) {
        return new LedgerAccountWriter(jdbc, run);
    }

    /** The built lines (each politikområde's I alt after its lines), with how many accounts each has. */
    public void writeLines(long run, List<RegnskabLinje> lines, List<Integer> accounts) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            RegnskabLinje l = lines.get(i);
            rows.add(new Object[] {run, i + 1, dk.aarsrapport.base.Texts.key(l.politikomraade()), l.politikomraade(),
                l.linje(), l.regnskabForrige(), l.budget(), l.korrBudget(), l.regnskab(), l.afvigelse(),
                accounts.get(i), l.origin().file(), l.origin().sheet(), l.origin().row(), l.origin().csv()});
        }
        jdbc.batchUpdate("INSERT INTO stg_ledger_line (run_id, seq, area_key, politikomraade, linje, regnskab_forrige, "
                + "budget, korr_budget, regnskab, afvigelse, accounts, " + ORIGIN + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?, ?, ?, ?)", rows);
    }

    /** Stages built lines as the run's accounts table, as if typed: every later step reads them as Regnskab. */
    public void stageAsRegnskab(long run, List<RegnskabLinje> lines) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            RegnskabLinje l = lines.get(i);
            rows.add(new Object[] {run, i + 1, dk.aarsrapport.base.Texts.key(l.politikomraade()), l.politikomraade(),
                l.linje(), l.regnskabForrige(), l.budget(), l.korrBudget(), l.regnskab(), l.afvigelse(),
                l.origin().file(), l.origin().sheet(), l.origin().row(), l.origin().csv()});
        }
        jdbc.batchUpdate("INSERT INTO stg_regnskab (run_id, seq, area_key, politikomraade, linje, regnskab_forrige, "
                + "budget, korr_budget, regnskab, afvigelse, " + ORIGIN + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?)", rows);
    }

    /** The built lines in order, I alt rows included. */
    public List<RegnskabLinje> builtLines(long run) {
        return jdbc.query("SELECT * FROM stg_ledger_line WHERE run_id = ? ORDER BY seq", (rs, i) -> new RegnskabLinje(
                rs.getString("politikomraade"), rs.getString("linje"), rs.getBigDecimal("regnskab_forrige"),
                rs.getBigDecimal("budget"), rs.getBigDecimal("korr_budget"), rs.getBigDecimal("regnskab"),
                rs.getBigDecimal("afvigelse"), origin(rs)), run);
    }

    /** The typed accounts lines of a run (not those the ledger staged), in reading order. */
    public List<RegnskabLinje> typedLines(long run) {
        return jdbc.query("SELECT * FROM stg_regnskab r WHERE r.run_id = ? AND NOT EXISTS (SELECT 1 FROM stg_kontoplan k "
                + "WHERE k.run_id = r.run_id AND k.src_file = r.src_file AND k.src_sheet = r.src_sheet) ORDER BY seq",
                (rs, i) -> new RegnskabLinje(rs.getString("politikomraade"), rs.getString("linje"),
                        rs.getBigDecimal("regnskab_forrige"), rs.getBigDecimal("budget"), rs.getBigDecimal("korr_budget"),
                        rs.getBigDecimal("regnskab"), rs.getBigDecimal("afvigelse"), origin(rs)), run);
    }

    /** The accounts no Kontoplan row matches (K1), one at a time, in account order. */
    public void forEachUnmatched(long run, Consumer<LedgerAccount> action) {
        LedgerFacts known = facts.get(run);
        if (known != null && known.unmatched().accounts() == 0) {
            return;
        }
        stream("SELECT * FROM stg_ledger_account WHERE run_id = ? AND plan_seq IS NULL ORDER BY seq", run,
                rs -> action.accept(ACCOUNT.mapRow(rs, 0)));
    }

    /** The accounts given on several rows (K6), one at a time. */
    public void forEachRepeated(long run, Consumer<LedgerAccount> action) {
        LedgerFacts known = facts.get(run);
        if (known != null && known.repeated() == 0) {
            return;
        }
        stream("SELECT * FROM stg_ledger_account WHERE run_id = ? AND row_count > 1 ORDER BY seq", run,
                rs -> action.accept(ACCOUNT.mapRow(rs, 0)));
    }

    /** The accounts of one built line (politikområde by {@link dk.aarsrapport.base.Texts#key}), in account order. */
    public void forEachAccountOf(long run, String areaKey, String linje, Consumer<LedgerAccount> action) {
        RowStream.query(jdbc, "SELECT * FROM stg_ledger_account WHERE run_id = ? AND area_key = ? AND linje_key = ? "
                + "ORDER BY seq", rs -> action.accept(ACCOUNT.mapRow(rs, 0)), run, areaKey,
                dk.aarsrapport.base.Texts.key(linje));
    }

    /** The accounts of one politikområde (by {@link dk.aarsrapport.base.Texts#key}) by account key, in account order. */
    public Map<String, LedgerAccount> accountsOf(long run, String areaKey) {
        Map<String, LedgerAccount> out = new java.util.LinkedHashMap<>();
        jdbc.query("SELECT * FROM stg_ledger_account WHERE run_id = ? AND area_key = ? ORDER BY seq",
                (RowCallbackHandler) rs -> out.put(rs.getString("konto_key"), ACCOUNT.mapRow(rs, 0)), run, areaKey);
        return out;
    }

    /** Per Kontoplan row (its seq), how many accounts belong to it. */
    public Map<Integer, Integer> accountsPerPlanRow(long run) {
        LedgerFacts known = facts.get(run);
        if (known != null) {
            return new HashMap<>(known.perPlanRow());
        }
        Map<Integer, Integer> counts = new HashMap<>();
        jdbc.query("SELECT plan_seq, COUNT(*) FROM stg_ledger_account WHERE run_id = ? AND plan_seq IS NOT NULL "
                + "GROUP BY plan_seq", (RowCallbackHandler) rs -> counts.put(rs.getInt(1), rs.getInt(2)), run);
        return counts;
    }

    /** Two equally specific Kontoplan rows that both match accounts: the pair, how many accounts, and the first. */
    public record Rivalry(int planSeq, int rivalSeq, int accounts, LedgerAccount first) {
    }

    public List<Rivalry> rivalries(long run) {
        LedgerFacts known = facts.get(run);
        if (known != null) {
            return known.rivalries();
        }
        List<int[]> pairs = jdbc.query("SELECT plan_seq, rival_seq, COUNT(*), MIN(seq) FROM stg_ledger_account "
                + "WHERE run_id = ? AND rival_seq IS NOT NULL GROUP BY plan_seq, rival_seq ORDER BY MIN(seq)", (rs, i) ->
                new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)}, run);
        List<Rivalry> out = new ArrayList<>();
        for (int[] p : pairs) {
            LedgerAccount first = jdbc.queryForObject("SELECT * FROM stg_ledger_account WHERE run_id = ? AND seq = ?",
                    ACCOUNT, run, p[3]);
            out.add(new Rivalry(p[0], p[1], p[2], first));
        }
        return out;
    }

    /** How many accounts no Kontoplan row matches, and their amounts in kroner (Regnskab Y-1 … Regnskab Y). */
    public record Unmatched(int accounts, BigDecimal[] kroner) {
    }

    public Unmatched unmatched(long run) {
        LedgerFacts known = facts.get(run);
        if (known != null) {
            return new Unmatched(known.unmatched().accounts(), known.unmatched().kroner().clone());
        }
        return jdbc.queryForObject("SELECT COUNT(*), SUM(regnskab_forrige), SUM(budget), SUM(korr_budget), SUM(regnskab) "
                + "FROM stg_ledger_account WHERE run_id = ? AND plan_seq IS NULL", (rs, i) -> new Unmatched(rs.getInt(1),
                new BigDecimal[] {rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBigDecimal(5)}), run);
    }

    /** The Rapport rows by {@link dk.aarsrapport.base.Texts#key} of their Felt, where each was read. */
    public Map<String, Origin> rapportRows(long run) {
        Map<String, Origin> rows = new HashMap<>();
        jdbc.query("SELECT felt, " + ORIGIN + " FROM stg_rapport WHERE run_id = ? ORDER BY seq", (RowCallbackHandler) rs ->
                rows.putIfAbsent(dk.aarsrapport.base.Texts.key(rs.getString("felt")), origin(rs)), run);
        return rows;
    }

    /**
     * The cell reference of one field of a sheet, by row: {@code Konti!A14}, or for CSV {@code linje 14, kolonne
     * Funktion}. The column is looked up once, not once per account: there may be a million findings.
     */
    public java.util.function.IntFunction<String> cells(long run, String file, String sheet, boolean csv, String field) {
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT col_index, header FROM stg_column WHERE run_id = ? "
                + "AND src_file = ? AND src_sheet = ? AND field = ?", run, file, sheet, field);
        dk.aarsrapport.base.SheetLocation location = new dk.aarsrapport.base.SheetLocation(file, sheet, csv);
        if (rows.isEmpty()) {
            return row -> location.cell(row, -1, List.of());
        }
        int index = ((Number) rows.get(0).get("col_index")).intValue();
        List<String> headers = new ArrayList<>(java.util.Collections.nCopies(index + 1, ""));
        headers.set(index, (String) rows.get(0).get("header"));
        return row -> location.cell(row, index, headers);
    }

    private void stream(String sql, long run, RowCallbackHandler handler) {
        RowStream.query(jdbc, sql, handler, run);
    }

    private static Origin origin(ResultSet rs) throws SQLException {
        return new Origin(rs.getString("src_file"), rs.getString("src_sheet"), rs.getInt("src_row"),
                rs.getBoolean("src_csv"));
    }

    private static final RowMapper<LedgerAccount> ACCOUNT = (rs, i) -> new LedgerAccount(rs.getInt("seq"),
            rs.getString("funktion"), (Integer) rs.getObject("dranst", Integer.class), rs.getString("art"),
            rs.getString("sted"), rs.getString("kontonavn"), rs.getInt("row_count"), rs.getInt("last_row"),
            rs.getBigDecimal("regnskab_forrige"), rs.getBigDecimal("budget"), rs.getBigDecimal("korr_budget"),
            rs.getBigDecimal("regnskab"), (Integer) rs.getObject("plan_seq", Integer.class),
            (Integer) rs.getObject("rival_seq", Integer.class), rs.getString("politikomraade"), rs.getString("linje"),
            origin(rs));
}
