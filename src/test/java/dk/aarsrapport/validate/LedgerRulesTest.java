package dk.aarsrapport.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.aarsrapport.base.Finding;
import dk.aarsrapport.base.Severity;
import dk.aarsrapport.ingest.InputReader;
import dk.aarsrapport.ledger.TestLedger;
import dk.aarsrapport.stage.LedgerStaging;

/** K1–K6 over a ledger read from CSV and built by the real classes; every bad case names its cell. */
class LedgerRulesTest {

    private static final String PLAN = "Funktion;Dranst;Art;Sted;Politikområde;Linje";
    private static final String KONTI = "Funktion;Dranst;Art;Sted;Kontonavn;Korr. budget 2015;Regnskab 2015";

    @TempDir
    Path tmp;

    private LedgerStaging ledger(String[] konti, String... plan) {
        return new LedgerStaging(tmp.resolve("in")).sheet("konti", konti).sheet("kontoplan", plan);
    }

    private static String[] rows(String header, String... rows) {
        List<String> all = new ArrayList<>(List.of(header));
        all.addAll(List.of(rows));
        return all.toArray(String[]::new);
    }

    private static List<Finding> check(Rule rule, LedgerStaging s) throws IOException {
        s.read(dk.aarsrapport.support.Readers.input()::read);
        TestLedger.build(s);
        List<Finding> out = new ArrayList<>();
        rule.check(new ValidationRun(s.run, 2015), out::add);
        return out;
    }

    @Nested
    class K1 {
        @Test
        void everyAccountInALinePasses() throws IOException {
            LedgerStaging s = ledger(rows(KONTI, "5.57.72;;;;;1;2", "5.68.90;;;;;3;4"), PLAN,
                    "5;;;;Arbejdsmarked;Alt");
            assertThat(check(new K1UnmappedAccountRule(s.ledger), s)).isEmpty();
        }

        @Test
        void anUnmappedAccountIsNamedWithItsRowAndTheMissingMoney() throws IOException {
            LedgerStaging s = ledger(rows(KONTI, "5.57.72;;;;;1;2", "6.45.51;1;4.0;3100;Løn;136.667.000;137.236.118"),
                    PLAN, "5;;;;Arbejdsmarked;Alt");
            assertThat(check(new K1UnmappedAccountRule(s.ledger), s)).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.FEJL);
                assertThat(f.politikomraade()).isNull();
                assertThat(f.cell()).isEqualTo("linje 3, kolonne Funktion");
                assertThat(f.found()).isEqualTo("6.45.51, dranst 1, art 4.0, sted 3100");
                assertThat(f.message()).contains("række 3", "Korr. budget 2015 136.667.000 kr.",
                        "Regnskab 2015 137.236.118 kr.").hasSizeLessThanOrEqualTo(300);
            });
        }

        @Test
        void severalUnmappedAccountsAreSummedUpFirstThenNamedOneByOne() throws IOException {
            LedgerStaging s = ledger(rows(KONTI, "6.45.51;;;;;1;1.000", "6.45.52;;;;;1;2.500,5"), PLAN,
                    "5;;;;Arbejdsmarked;Alt");
            List<Finding> f = check(new K1UnmappedAccountRule(s.ledger), s);
            assertThat(f).extracting(Finding::cell).containsExactly(null, "linje 2, kolonne Funktion",
                    "linje 3, kolonne Funktion");
            assertThat(f.get(0).message()).contains("2 konti", "Regnskab 2015 3.500,5 kr.");
        }
    }

    @Nested
    class K2 {
        @Test
        void patternsOfEveryFormAndKnownPolitikomraaderPass() throws IOException {
            LedgerStaging s = ledger(rows(KONTI, "5.57.72;2;4.0;;;1;2"), PLAN, "5;;;;Arbejdsmarked;A",
                    "5.57;;;;Arbejdsmarked;B", "055772;;;;Tilbud;C", "5.57.72;2;;;Tilbud;D", "5.57.72;2;4;;Tilbud;E",
                    "5.57.72;2;40;X;Tilbud;F");
            assertThat(check(new K2KontoplanRule(s.ledger, s.staged), s)).isEmpty();
        }

        @Test
        void aPatternThatIsNoPatternIsNamedByItsCell() throws IOException {
            LedgerStaging s = ledger(rows(KONTI, "5.57.72;;;;;1;2"), PLAN, "5-57;;;;Arbejdsmarked;A",
                    "5.57.72.003;;;;Arbejdsmarked;A", "5.57;0;;;Arbejdsmarked;A", "5.57;;4.x;;Arbejdsmarked;A",
                    "5;;;;Arbejdsmarked;A", "5-38-50;;;;Arbejdsmarked;A", "abc;;;;Arbejdsmarked;A",
                    "5;10;;;Arbejdsmarked;A");
            assertThat(check(new K2KontoplanRule(s.ledger, s.staged), s)).extracting(Finding::cell, Finding::found,
                    Finding::politikomraade).containsExactly(tuple("linje 2, kolonne Funktion", "5-57", "Arbejdsmarked"),
                    tuple("linje 3, kolonne Funktion", "5.57.72.003", "Arbejdsmarked"),
                    tuple("linje 4, kolonne Dranst", "0", "Arbejdsmarked"),
                    tuple("linje 5, kolonne Art", "4.x", "Arbejdsmarked"),
                    tuple("linje 7, kolonne Funktion", "5-38-50", "Arbejdsmarked"),
                    tuple("linje 8, kolonne Funktion", "abc", "Arbejdsmarked"),
                    tuple("linje 9, kolonne Dranst", "10", "Arbejdsmarked"));
        }

        @Test
        void aRowNamingAnUnknownPolitikomraade() throws IOException {
            LedgerStaging s = ledger(rows(KONTI, "5.57.72;;;;;1;2"), PLAN, "5;;;;Ukendt område;A");
            assertThat(check(new K2KontoplanRule(s.ledger, s.staged), s)).singleElement().satisfies(f -> {
                assertThat(f.cell()).isEqualTo("linje 2, kolonne Politikområde");
                assertThat(f.message()).contains("Ukendt område", "Politikområder");
            });
        }

        @Test
        void twoEquallySpecificRowsAreBothNamedOncePerPolitikomraade() throws IOException {
            LedgerStaging s = ledger(rows(KONTI, "5.57.72;1;5.2;;;1;2", "5.57.73;1;5.2;;;1;2"), PLAN,
                    "5.57;1;;;Arbejdsmarked;A", "5.57;1;;;Tilbud;B", "5.57;;5.2;;Tilbud;C");
            assertThat(check(new K2KontoplanRule(s.ledger, s.staged), s)).extracting(Finding::politikomraade,
                    Finding::cell, Finding::found).containsExactly(
                    tuple("Arbejdsmarked", "linje 2, kolonne Funktion", "række 2 og række 3"),
                    tuple("Tilbud", "linje 3, kolonne Funktion", "række 2 og række 3"));
        }
    }

    @Nested
    class K3 {
        @Test
        void everyRowWithAnAccountPasses() throws IOException {
            LedgerStaging s = ledger(rows(KONTI, "5.57.72;;;;;1;2"), PLAN, "5.57.72;;;;Arbejdsmarked;A");
            assertThat(check(new K3UnusedPlanRowRule(s.ledger), s)).isEmpty();
        }

        @Test
        void aRowThatMatchesNoAccountIsAWarning() throws IOException {
            LedgerStaging s = ledger(rows(KONTI, "5.57.72;;;;;1;2"), PLAN, "5.57.72;;;;Arbejdsmarked;A",
                    "5.57.99;;;;Arbejdsmarked;B", "5.57;;;;Arbejdsmarked;C", "x;;;;Arbejdsmarked;D");
            assertThat(check(new K3UnusedPlanRowRule(s.ledger), s)).extracting(Finding::severity, Finding::cell)
                    .containsExactly(tuple(Severity.ADVARSEL, "linje 3, kolonne Funktion"),
                            tuple(Severity.ADVARSEL, "linje 4, kolonne Funktion"));
        }
    }

    @Nested
    class K4 {
        private static final String REGNSKAB = "Politikområde;Linje;Regnskab 2014;Budget 2015;Korr. budget 2015;"
                + "Regnskab 2015;Afvigelse";

        private LedgerStaging typed(String... regnskab) {
            return ledger(rows("Funktion;Regnskab 2014;Budget 2015;Korr. budget 2015;Regnskab 2015",
                    "5.57.72;1.400;2.000;3.000;4.600", "5.57.73;1.400;0;0;1.400", "5.57.74;1.400;0;0;0"),
                    PLAN, "5.57.72;;;;Arbejdsmarked;A", "5.57.73;;;;Arbejdsmarked;B", "5.57.74;;;;Arbejdsmarked;C")
                    .sheet("regnskab", rows(REGNSKAB, regnskab));
        }

        @Test
        void aTypedTableThatTheLedgerBuildsWithinRoundingPasses() throws IOException {
            LedgerStaging s = typed("Arbejdsmarked;A;1;2;3;5;2", "Arbejdsmarked;B;2;0;0;1;1",
                    "Arbejdsmarked;C;1;0;0;0;0", "Arbejdsmarked;I alt;3;2;3;6;3");
            assertThat(check(new K4TypedLinesRule(s.ledger), s)).isEmpty();
        }

        @Test
        void aTypedAmountBeyondOneIsNamedOnItsCell() throws IOException {
            LedgerStaging s = typed("Arbejdsmarked;A;1;2;3;7;4", "Arbejdsmarked;B;1;0;0;1;1",
                    "Arbejdsmarked;C;1;0;0;0;0", "Arbejdsmarked;I alt;9;2;3;6;3");
            assertThat(check(new K4TypedLinesRule(s.ledger), s)).extracting(Finding::cell, Finding::found,
                    Finding::expected).containsExactly(tuple("linje 2, kolonne Regnskab 2015", "7", "5"),
                    tuple("linje 2, kolonne Afvigelse", "4", "2"), tuple("linje 5, kolonne Regnskab 2014", "9", "4"));
        }

        @Test
        void aTypedLineWithoutAccountsAndABuiltLineMissingFromTheTypedTable() throws IOException {
            LedgerStaging s = typed("Arbejdsmarked;A;1;2;3;5;2", "Arbejdsmarked;C;1;0;0;0;0",
                    "Arbejdsmarked;Ny linje;0;0;0;0;0");
            List<Finding> f = check(new K4TypedLinesRule(s.ledger), s);
            assertThat(f).extracting(Finding::cell, Finding::found).containsExactly(
                    tuple("linje 3, kolonne Linje", "B"), tuple("linje 4, kolonne Linje", "Ny linje"));
            assertThat(f).allSatisfy(x -> assertThat(x.politikomraade()).isEqualTo("Arbejdsmarked"));
        }
    }

    @Nested
    class K5 {
        private LedgerStaging withControl(String regnskab, String korr) {
            return ledger(rows(KONTI, "5.57.72;;;;;1.000;2.000,40", "5.57.73;;;;;(500);1.000-"), PLAN,
                    "5;;;;Arbejdsmarked;Alt").sheet("rapport", "Felt;Værdi", "Kontrolsum Regnskab 2015;" + regnskab,
                    "Kontrolsum Korr. budget 2015;" + korr);
        }

        @Test
        void controlTotalsWithinOneKronePass() throws IOException {
            LedgerStaging s = withControl("1.001", "500");
            assertThat(check(new K5ControlTotalRule(s.ledger, s.staged), s)).isEmpty();
        }

        @Test
        void aControlTotalTheAccountsDoNotReachNamesBothTotals() throws IOException {
            LedgerStaging s = withControl("1.002", "-500");
            assertThat(check(new K5ControlTotalRule(s.ledger, s.staged), s)).extracting(Finding::cell,
                    Finding::found, Finding::expected, Finding::politikomraade).containsExactly(
                    tuple("linje 3, kolonne Værdi", "-500", "500", null),
                    tuple("linje 2, kolonne Værdi", "1.002", "1.000,4", null));
        }
    }

    @Nested
    class K6 {
        @Test
        void distinctAccountsPass() throws IOException {
            LedgerStaging s = ledger(rows(KONTI, "5.57.72;1;;;;1;2", "5.57.72;2;;;;1;2", "5.57.72;1;;A;;1;2"), PLAN,
                    "5;;;;Arbejdsmarked;Alt");
            assertThat(check(new K6RepeatedAccountRule(s.ledger), s)).isEmpty();
        }

        @Test
        void theSameAccountOnSeveralRowsIsAddedAndWarnedAbout() throws IOException {
            LedgerStaging s = ledger(rows(KONTI, "5.57.72;1;;;;1;2", "55772;1;;;;1;3", "5.57.72.003;1;;;;1;4"), PLAN,
                    "5;;;;Arbejdsmarked;Alt");
            assertThat(check(new K6RepeatedAccountRule(s.ledger), s)).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ADVARSEL);
                assertThat(f.cell()).isEqualTo("linje 2, kolonne Funktion");
                assertThat(f.politikomraade()).isEqualTo("Arbejdsmarked");
                assertThat(f.message()).contains("3 rækker", "række 2 til 4");
            });
            assertThat(s.ledger.builtLines(s.run)).extracting(l -> l.regnskab().intValueExact()).containsExactly(0, 0);
        }
    }
}
