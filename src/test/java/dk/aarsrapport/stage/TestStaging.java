package dk.aarsrapport.stage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import dk.aarsrapport.base.Finding;
import dk.aarsrapport.support.TestSchema;

/**
 * A private in-memory staging database for rule tests: stage a few rows by hand, run a rule, read its
 * findings. Rows get Regnskab-like origins (row numbers from 2) and the column layout of the spec.
 */
public final class TestStaging {

    public final StagedData staged;
    public final StagedFindings findings;
    public final long run = 1;
    private final StagingWriter writer;
    private int row = 1;
    private int modtagerRow = 1;

    public TestStaging() {
        SingleConnectionDataSource ds = new SingleConnectionDataSource(
                "jdbc:hsqldb:mem:t" + UUID.randomUUID() + ";shutdown=true", "SA", "", true);
        TestSchema.migrate(ds);
        staged = new StagedData(new JdbcTemplate(ds));
        findings = new StagedFindings(new JdbcTemplate(ds));
        writer = staged.newRun(run);
        String[] regnskab = {"politikomraade", "linje", "regnskab_forrige", "budget", "korr_budget", "regnskab", "afvigelse"};
        String[] headers = {"Politikområde", "Linje", "Regnskab 2014", "Budget 2015", "Korr. budget 2015",
                "Regnskab 2015", "Afvigelse"};
        for (int i = 0; i < regnskab.length; i++) {
            writer.column("aarsregnskab.xlsx", "Regnskab", regnskab[i], i, headers[i]);
        }
        writer.column("aarsregnskab.xlsx", "Tekster", "tekst", 2, "Tekst");
        String[] effektmaal = {"beskrivelse", "maalsaetning", "resultat"};
        for (int i = 0; i < effektmaal.length; i++) {
            writer.column("aarsregnskab.xlsx", "Effektmål", effektmaal[i], i + 3, effektmaal[i]);
        }
        String[] maaling = {"politikomraade", "maal", "indikator", "serie", "aar", "periode", "taeller", "naevner",
                "vaerdi", "maalvaerdi", "enhed"};
        for (int i = 0; i < maaling.length; i++) {
            writer.column("maalinger.csv", "maalinger", maaling[i], i, maaling[i]);
        }
        String[] modtager = {"navn", "email", "udvalg", "politikomraade"};
        String[] modtagerHeaders = {"Navn", "E-mail", "Udvalg", "Politikområde"};
        for (int i = 0; i < modtager.length; i++) {
            writer.column("aarsregnskab.xlsx", "Modtagere", modtager[i], i, modtagerHeaders[i]);
        }
        for (int i = 0; i < MAAL_COLUMNS.length; i++) {
            writer.column("maalopfoelgning.csv", "maalopfoelgning", MAAL_COLUMNS[i], i, MAAL_COLUMNS[i]);
        }
    }

    /** The Målopfølgning columns in the order {@link #maal} takes them. */
    static final String[] MAAL_COLUMNS = {"ramme", "tema", "nr", "maalsaetning", "maalgruppe", "indsats", "beskrivelse",
        "samarbejdspartnere", "status", "politikomraade", "temabeskrivelse"};

    private int maalRow = 1;

    /**
     * A Målopfølgning row, from line 2 of maalopfoelgning.csv on: Ramme, Tema, Nr, Målsætning, Målgruppe,
     * Indsats, Beskrivelse, Samarbejdspartnere, Status, and optionally Politikområde and Temabeskrivelse
     * (null for blank).
     */
    public TestStaging maal(String... v) {
        String[] f = java.util.Arrays.copyOf(v, MAAL_COLUMNS.length);
        maalRow++;
        writer.maalopfoelgning(new Maalopfoelgning(f[0], f[1], f[10], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9],
                new Origin("maalopfoelgning.csv", "maalopfoelgning", maalRow, true)));
        return this;
    }

    public TestStaging area(int nr, String name) {
        writer.politikomraade(new Politikomraade(nr, name, "Udvalget", new Origin("aarsregnskab.xlsx",
                "Politikområder", nr + 1, false)));
        return this;
    }

    /** An accounts line; amounts as Danish-free plain numbers ("10632", "-609"), null for blank. */
    public TestStaging line(String area, String linje, String forrige, String budget, String korr, String regnskab,
                            String afvigelse) {
        row++;
        writer.regnskab(new RegnskabLinje(area, linje, n(forrige), n(budget), n(korr), n(regnskab), n(afvigelse),
                new Origin("aarsregnskab.xlsx", "Regnskab", row, false)));
        return this;
    }

    public TestStaging text(String area, String afsnit, String tekst) {
        writer.tekst(new Tekst(area, afsnit, tekst, new Origin("aarsregnskab.xlsx", "Tekster", 5, false)));
        return this;
    }

    public TestStaging rapport(String felt, String vaerdi) {
        writer.rapport(felt, vaerdi, new Origin("aarsregnskab.xlsx", "Rapport", 2, false));
        return this;
    }

    public TestStaging maaling(String area, String maal, String taeller, String naevner, String vaerdi, String enhed) {
        row++;
        writer.maaling(new Maaling(area, maal, "Andel", null, 2016, null, n(taeller), n(naevner), n(vaerdi),
                vaerdi == null ? null : vaerdi.replace('.', ','), null, null, enhed,
                new Origin("maalinger.csv", "maalinger", row, true)));
        return this;
    }

    public TestStaging effektmaal(String area, String maal) {
        writer.effektmaal(new Effektmaal(area, null, maal, null, null, null,
                new Origin("aarsregnskab.xlsx", "Effektmål", 2, false)));
        return this;
    }

    /** An Effektmål row (row 3 of the sheet) with its texts: Beskrivelse in D, Målsætning in E, Resultat in F. */
    public TestStaging effektmaal(String area, String maal, String beskrivelse, String maalsaetning, String resultat) {
        writer.effektmaal(new Effektmaal(area, null, maal, beskrivelse, maalsaetning, resultat,
                new Origin("aarsregnskab.xlsx", "Effektmål", 3, false)));
        return this;
    }

    public TestStaging modtager(String navn, String email, String udvalg) {
        return modtager(navn, email, udvalg, null);
    }

    /** A Modtagere row, on the sheet's next row (from row 2). */
    public TestStaging modtager(String navn, String email, String udvalg, String politikomraade) {
        modtagerRow++;
        writer.modtager(new Modtager(navn, email, udvalg, politikomraade,
                new Origin("aarsregnskab.xlsx", "Modtagere", modtagerRow, false)));
        return this;
    }

    /** Stores findings as the validator does, for what reads them back (BlockedPolitikomraader). */
    public TestStaging store(List<Finding> findings) {
        findings.forEach(writer::add);
        return flush();
    }

    public TestStaging flush() {
        writer.flush();
        return this;
    }

    private static BigDecimal n(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    /** Runs a check and returns what it found. */
    public List<Finding> findings(java.util.function.Consumer<dk.aarsrapport.base.FindingSink> check) {
        flush();
        List<Finding> found = new ArrayList<>();
        check.accept(found::add);
        return found;
    }
}
