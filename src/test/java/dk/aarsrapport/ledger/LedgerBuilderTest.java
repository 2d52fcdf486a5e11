package dk.aarsrapport.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.aarsrapport.ingest.InputReader;
import dk.aarsrapport.stage.LedgerAccount;
import dk.aarsrapport.stage.LedgerStaging;
import dk.aarsrapport.stage.RegnskabLinje;

/**
 * The accounts table built from the ledger: each account in the most specific Kontoplan row that matches it,
 * lines rounded half away from zero only at the end, Afvigelse and I alt from the unrounded kroner, and the
 * built table staged as the Regnskab only when none is typed.
 */
class LedgerBuilderTest {

    @TempDir
    Path tmp;

    private LedgerStaging staged(String[] konti, String... plan) throws IOException {
        LedgerStaging s = new LedgerStaging(tmp.resolve("in")).sheet("konti", konti)
                .sheet("kontoplan", plan).read(dk.aarsrapport.support.Readers.input()::read);
        TestLedger.build(s);
        return s;
    }

    private static String[] konti(String... rows) {
        List<String> all = new ArrayList<>(List.of("Funktion;Dranst;Art;Sted;Regnskab 2015"));
        all.addAll(List.of(rows));
        return all.toArray(String[]::new);
    }

    private static final String PLAN = "Funktion;Dranst;Art;Sted;Politikområde;Linje";

    /** Each account's line, by account order (funktion, dranst, art, sted). */
    private static List<String> lineOf(LedgerStaging s) {
        List<String> out = new ArrayList<>();
        s.jdbc.query("SELECT funktion, dranst, art, sted, linje FROM stg_ledger_account ORDER BY seq", rs -> {
            out.add(rs.getString(1) + "/" + (rs.getObject(2) == null ? "" : rs.getInt(2)) + "/"
                    + (rs.getString(3) == null ? "" : rs.getString(3)) + "/" + (rs.getString(4) == null ? ""
                    : rs.getString(4)) + " → " + rs.getString(5));
        });
        return out;
    }

    @Nested
    class MostSpecificMatch {
        @Test
        void aLongerFunktionThenDranstThenArtThenStedWins() throws IOException {
            LedgerStaging s = staged(konti("5.68.90;1;4.0;;1", "5.68.91;1;4.0;;1", "5.68.91;2;4.0;;1",
                            "5.68.92;1;7.6;;1", "5.68.92;1;4.5;;1", "5.68.93;1;4.0;100;1", "5.68.93;1;4.0;200;1"),
                    PLAN, "5;;;;Arbejdsmarked;Hovedkonto", "5.68;;;;Arbejdsmarked;Hovedfunktion",
                    "5.68.90;;;;Arbejdsmarked;Funktion", "5.68;2;;;Arbejdsmarked;Refusion",
                    "5.68;;7;;Arbejdsmarked;Indtægter", "5.68;;4.5;;Arbejdsmarked;Art 4.5",
                    "5.68;;4;;Arbejdsmarked;Artsgruppe 4", "5.68.93;;4.0;100;Arbejdsmarked;Sted 100");
            assertThat(lineOf(s)).containsExactly("5.68.90/1/4.0/ → Funktion", "5.68.91/1/4.0/ → Artsgruppe 4",
                    "5.68.91/2/4.0/ → Refusion", "5.68.92/1/4.5/ → Art 4.5", "5.68.92/1/7.6/ → Indtægter",
                    "5.68.93/1/4.0/100 → Sted 100", "5.68.93/1/4.0/200 → Artsgruppe 4");
            assertThat(s.ledger.rivalries(s.run)).isEmpty();
        }

        @Test
        void twoEquallySpecificRowsAreRivalsAndTheFirstTakesTheAccount() throws IOException {
            // Dranst before Art: B is less specific than A and C, which are equally specific
            LedgerStaging s = staged(konti("5.57.72;1;5.2;;1"), PLAN, "5.57;1;;;Arbejdsmarked;A",
                    "5.57;;5.2;;Arbejdsmarked;B", "5.57;1;;;Tilbud;C");
            assertThat(s.ledger.rivalries(s.run)).singleElement().satisfies(r -> {
                assertThat(r.planSeq()).isEqualTo(1);
                assertThat(r.rivalSeq()).isEqualTo(3);
            });
        }

        @Test
        void anAccountNoRowMatchesHasNoLine() throws IOException {
            LedgerStaging s = staged(konti("5.57.72;;;;1", "6.45.51;;;;2"), PLAN, "5.57;;;;Arbejdsmarked;A");
            List<LedgerAccount> unmatched = new ArrayList<>();
            s.ledger.forEachUnmatched(s.run, unmatched::add);
            assertThat(unmatched).extracting(LedgerAccount::funktion, LedgerAccount::regnskab)
                    .containsExactly(tuple("6.45.51", new BigDecimal("2.000000")));
        }
    }

    @Nested
    class Rounding {
        private List<RegnskabLinje> table(String... konti) throws IOException {
            List<String> rows = new ArrayList<>(List.of("Funktion;Korr. budget 2015;Regnskab 2015"));
            rows.addAll(List.of(konti));
            LedgerStaging s = staged(rows.toArray(String[]::new), PLAN, "5.57.72;;;;Arbejdsmarked;A",
                    "5.57.73;;;;Arbejdsmarked;B", "5.57.74;;;;Arbejdsmarked;C");
            return s.staged.regnskab(s.run, "Arbejdsmarked");
        }

        @Test
        void halfAwayFromZeroAndAfvigelseFromTheUnroundedKroner() throws IOException {
            // Korr. budget 9.600 → 10, Regnskab 10.400 → 10, but Regnskab − Korr. budget = 800 → 1
            List<RegnskabLinje> t = table("5.57.72;9.600;10.400", "5.57.73;-1.500;1.500", "5.57.74;2.499;-2.500");
            assertThat(t).extracting(RegnskabLinje::linje, l -> l.korrBudget().intValueExact(),
                    l -> l.regnskab().intValueExact(), l -> l.afvigelse().intValueExact()).containsExactly(
                    tuple("A", 10, 10, 1), tuple("B", -2, 2, 3), tuple("C", 2, -3, -5), tuple("I alt", 11, 9, -1));
        }

        @Test
        void iAltIsTheRoundedSumNotTheSumOfRoundedLines() throws IOException {
            List<RegnskabLinje> t = table("5.57.72;0;1.400", "5.57.73;0;1.400", "5.57.74;0;1.400");
            assertThat(t).extracting(l -> l.regnskab().intValueExact()).containsExactly(1, 1, 1, 4);
        }

        @Test
        void kontobeloebsenhedScalesTheAccountsBeloebsenhedTheLines() throws IOException {
            LedgerStaging s = new LedgerStaging(tmp.resolve("in"))
                    .sheet("rapport", "Felt;Værdi", "Beløbsenhed;kr.", "Kontobeløbsenhed;1.000 kr.")
                    .sheet("konti", "Funktion;Regnskab 2015", "5.57.72;12,5")
                    .sheet("kontoplan", PLAN, "5.57.72;;;;Arbejdsmarked;A").read(dk.aarsrapport.support.Readers.input()::read);
            TestLedger.build(s);
            assertThat(s.staged.regnskab(s.run, "Arbejdsmarked")).extracting(l -> l.regnskab().intValueExact())
                    .containsExactly(12500, 12500);
        }
    }

    @Nested
    class BesideTypedRegnskab {
        @Test
        void theTypedTableStaysTheOneReportedAndTheBuiltLinesAreKeptForK4() throws IOException {
            LedgerStaging s = new LedgerStaging(tmp.resolve("in"))
                    .sheet("regnskab", "Politikområde;Linje;Regnskab 2014;Budget 2015;Korr. budget 2015;Regnskab 2015",
                            "Arbejdsmarked;A;1;1;1;7")
                    .sheet("konti", "Funktion;Regnskab 2015", "5.57.72;5.000")
                    .sheet("kontoplan", PLAN, "5.57.72;;;;Arbejdsmarked;A").read(dk.aarsrapport.support.Readers.input()::read);
            TestLedger.build(s);
            TestLedger.build(s); // a restarted step builds once, not twice
            assertThat(s.staged.regnskab(s.run, "Arbejdsmarked")).extracting(l -> l.regnskab().intValueExact())
                    .containsExactly(7);
            assertThat(s.ledger.builtLines(s.run)).extracting(RegnskabLinje::linje, l -> l.regnskab().intValueExact())
                    .containsExactly(tuple("A", 5), tuple("I alt", 5));
        }

        @Test
        void linesFollowTheOrderOfTheirFirstKontoplanRow() throws IOException {
            LedgerStaging s = staged(konti("5.57.72;;;;1000", "5.57.73;;;;2000", "5.57.74;;;;3000"), PLAN,
                    "5.57.74;;;;Arbejdsmarked;Tredje", "5.57.72;;;;Arbejdsmarked;Første", "5.57.73;;;;Arbejdsmarked;Tredje");
            assertThat(s.staged.regnskab(s.run, "Arbejdsmarked")).extracting(RegnskabLinje::linje,
                    l -> l.regnskab().intValueExact()).containsExactly(tuple("Tredje", 5), tuple("Første", 1),
                    tuple("I alt", 6));
        }
    }
}
