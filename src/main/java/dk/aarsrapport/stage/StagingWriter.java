package dk.aarsrapport.stage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import dk.aarsrapport.base.Texts;
import dk.aarsrapport.base.Finding;
import dk.aarsrapport.base.FindingSink;

/**
 * Buffers staged rows and writes them in JDBC batches, so that a large workbook is staged at the
 * speed of the database and never held in memory. One writer per run; call {@link #flush()} at the end.
 */
public final class StagingWriter implements FindingSink {

    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;
    private final long runId;
    private final Map<String, List<Object[]>> buffers = new LinkedHashMap<>();
    private final Map<String, String> sqlByTable = new LinkedHashMap<>();
    private final Map<String, Integer> seqByTable = new LinkedHashMap<>();
    private int findings;

    StagingWriter(JdbcTemplate jdbc, long runId) {
        this(jdbc, runId, 0);
    }

    StagingWriter(JdbcTemplate jdbc, long runId, int findingsSoFar) {
        this.jdbc = jdbc;
        this.runId = runId;
        this.findings = findingsSoFar;
        this.seqByTable.put("stg_finding", findingsSoFar);
    }

    public void file(String name, String sha256, long size) {
        add("stg_file", "file_name, sha256, size_bytes", false, name, sha256, size);
    }

    public void column(String file, String sheet, String field, int index, String header) {
        add("stg_column", "src_file, src_sheet, field, col_index, header", false, file, sheet, field, index, header);
    }

    public void rapport(String felt, String vaerdi, Origin o) {
        add("stg_rapport", "felt, vaerdi", true, felt, vaerdi, o);
    }

    public void politikomraade(Politikomraade p) {
        add("stg_politikomraade", "area_key, nr, navn, udvalg", true, Texts.key(p.navn()), p.nr(), p.navn(), p.udvalg(), p.origin());
    }

    public void regnskab(RegnskabLinje l) {
        add("stg_regnskab", "area_key, politikomraade, linje, regnskab_forrige, budget, korr_budget, regnskab, afvigelse", true,
                Texts.key(l.politikomraade()), l.politikomraade(), l.linje(), l.regnskabForrige(), l.budget(), l.korrBudget(), l.regnskab(),
                l.afvigelse(), l.origin());
    }

    public void tekst(Tekst t) {
        add("stg_tekst", "area_key, politikomraade, afsnit, tekst", true, Texts.key(t.politikomraade()), t.politikomraade(), t.afsnit(), t.tekst(), t.origin());
    }

    public void effektmaal(Effektmaal e) {
        add("stg_effektmaal", "area_key, politikomraade, gruppe, maal, beskrivelse, maalsaetning, resultat", true,
                Texts.key(e.politikomraade()), e.politikomraade(), e.gruppe(), e.maal(), e.beskrivelse(), e.maalsaetning(), e.resultat(), e.origin());
    }

    public void maaling(Maaling m) {
        add("stg_maaling", "area_key, politikomraade, maal, indikator, serie, aar, periode, taeller, naevner, vaerdi, "
                        + "vaerdi_tekst, maalvaerdi, maalvaerdi_tekst, enhed", true,
                Texts.key(m.politikomraade()), m.politikomraade(), m.maal(), m.indikator(), m.serie(), m.aar(), m.periode(), m.taeller(),
                m.naevner(), m.vaerdi(), m.vaerdiTekst(), m.maalvaerdi(), m.maalvaerdiTekst(), m.enhed(), m.origin());
    }

    public void modtager(Modtager m) {
        add("stg_modtager", "area_key, navn, email, udvalg, politikomraade", true, Texts.key(m.politikomraade()), m.navn(), m.email(), m.udvalg(),
                m.politikomraade(), m.origin());
    }

    public void maalopfoelgning(Maalopfoelgning m) {
        add("stg_maalopfoelgning", "ramme, tema, temabeskrivelse, nr, maalsaetning, maalgruppe, indsats, beskrivelse, "
                        + "samarbejdspartnere, status, politikomraade", true, m.ramme(), m.tema(), m.temabeskrivelse(),
                m.nr(), m.maalsaetning(), m.maalgruppe(), m.indsats(), m.beskrivelse(), m.samarbejdspartnere(),
                m.status(), m.politikomraade(), m.origin());
    }

    /** A Konti row (input-format.md, "Konti and Kontoplan"), amounts in the Kontobeløbsenhed. */
    public void konto(Konto k) {
        add("stg_konto", "konto_key, funktion, gruppering, dranst, art, sted, kontonavn, regnskab_forrige, budget, "
                        + "korr_budget, regnskab", true, k.key(), k.funktion(), k.gruppering(), k.dranst(), k.art(),
                k.sted(), k.kontonavn(), k.regnskabForrige(), k.budget(), k.korrBudget(), k.regnskab(), k.origin());
    }

    /** A Kontoplan row, its pattern cells as typed. */
    public void kontoplan(KontoplanRaekke r) {
        add("stg_kontoplan", "funktion, dranst, art, sted, area_key, politikomraade, linje", true, r.funktion(),
                r.dranst(), r.art(), r.sted(), r.politikomraade() == null ? null : Texts.key(r.politikomraade()),
                r.politikomraade(), r.linje(), r.origin());
    }

    @Override
    public void add(Finding f) {
        findings++;
        add("stg_finding", "severity, rule_id, politikomraade, src_file, src_sheet, cell, found, expected, message",
                false, f.severity().name(), f.rule(), f.politikomraade(), f.file(), f.sheet(), f.cell(), f.found(),
                f.expected(), f.message());
    }

    public int findingCount() {
        return findings;
    }

    /**
     * Appends one row. Tables with a sequence keep the reading order (which the report keeps); an
     * {@link Origin} as last value expands into the four source columns.
     */
    private void add(String table, String columns, boolean withOrigin, Object... values) {
        int n = values.length;
        Origin origin = null;
        if (withOrigin) {
            origin = (Origin) values[n - 1];
            n--;
        }
        List<Object> row = new ArrayList<>(n + 6);
        row.add(runId);
        int seq = seqByTable.merge(table, 1, Integer::sum);
        row.add(seq);
        for (int i = 0; i < n; i++) {
            row.add(values[i]);
        }
        String cols = "run_id, seq, " + columns;
        if (table.equals("stg_file") || table.equals("stg_column")) {
            row.remove(1);
            cols = "run_id, " + columns;
        }
        if (withOrigin) {
            row.add(origin.file());
            row.add(origin.sheet());
            row.add(origin.row());
            row.add(origin.csv());
            cols += ", src_file, src_sheet, src_row, src_csv";
        }
        String finalCols = cols;
        int count = row.size();
        sqlByTable.computeIfAbsent(table, t -> "INSERT INTO " + t + " (" + finalCols + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(count, "?")) + ")");
        List<Object[]> buffer = buffers.computeIfAbsent(table, t -> new ArrayList<>(BATCH));
        buffer.add(row.toArray());
        if (buffer.size() >= BATCH) {
            flush(table);
        }
    }

    private void flush(String table) {
        List<Object[]> buffer = buffers.get(table);
        if (buffer != null && !buffer.isEmpty()) {
            TypedBatch.insert(jdbc, sqlByTable.get(table), buffer);
            buffer.clear();
        }
    }

    public void flush() {
        for (String table : buffers.keySet()) {
            flush(table);
        }
    }
}
