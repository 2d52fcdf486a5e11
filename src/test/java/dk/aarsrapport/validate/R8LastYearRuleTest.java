package dk.aarsrapport.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.aarsrapport.base.Finding;
import dk.aarsrapport.base.PreviousYear;
import dk.aarsrapport.base.Severity;
import dk.aarsrapport.ledger.TestLedger;
import dk.aarsrapport.stage.TwoYearStaging;
import dk.aarsrapport.support.Readers;

/** R8 over two years read from CSV by the real readers (and built from a ledger by the real builder). */
class R8LastYearRuleTest {

    private static final String AREAS = "Nr;Politikområde;Udvalg";
    private static final String THIS_YEAR = "Politikområde;Linje;Regnskab 2015;Budget 2016;Korr. budget 2016;"
            + "Regnskab 2016;Afvigelse";
    private static final String LAST_YEAR = "Politikområde;Linje;Regnskab 2014;Budget 2015;Korr. budget 2015;"
            + "Regnskab 2015;Afvigelse";

    @TempDir
    Path tmp;

    private TwoYearStaging s;

    @BeforeEach
    void bothYears() throws IOException {
        s = new TwoYearStaging(tmp.resolve("input"), 2016);
        for (int y : new int[] {2015, 2016}) {
            s.sheet(y, "politikomraader", AREAS, "10;Arbejdsmarked;Udvalget", "20;Tilbud;Udvalget");
        }
    }

    private TwoYearStaging lastYear(String... lines) throws IOException {
        return s.sheet(2015, "regnskab", rows(LAST_YEAR, lines));
    }

    private TwoYearStaging thisYear(String... lines) throws IOException {
        return s.sheet(2016, "regnskab", rows(THIS_YEAR, lines));
    }

    private static String[] rows(String header, String... rows) {
        List<String> all = new ArrayList<>(List.of(header));
        all.addAll(List.of(rows));
        return all.toArray(String[]::new);
    }

    private ValidationRun run(PreviousYear.State state) {
        return new ValidationRun(s.run, 2016, new PreviousYear("input/2015", state, state
                == PreviousYear.State.UNREADABLE ? "Filen regnskab.xlsx kan ikke læses: den er beskadiget." : null));
    }

    private LastYearFigures figures() {
        return new LastYearFigures(s.staged, new AccountsByPolitikomraade(s.staged));
    }

    private List<Finding> check(PreviousYear.State state) {
        s.read(Readers.input()::read, id -> TestLedger.build(s.ledger, s.staged, id));
        List<Finding> out = new ArrayList<>();
        new R8LastYearRule(figures()).check(run(state), out::add);
        return out;
    }

    private List<String> notes(PreviousYear.State state) {
        return figures().notes(run(state));
    }

    @Nested
    class Good {
        @Test
        void figuresEqualWithinOneUnitPass() throws IOException {
            lastYear("Arbejdsmarked;Skoler;1;2;3;137.240;", "Tilbud;Veje;1;2;3;-500;");
            thisYear("Arbejdsmarked;Skoler;137.241;2;3;4;", "Tilbud;Veje;-499;2;3;4;");
            assertThat(check(PreviousYear.State.READ)).isEmpty();
            assertThat(notes(PreviousYear.State.READ)).singleElement().asString()
                    .contains("sammenlignet med årsberetningen for 2015 fra input/2015", "2 linjer");
        }

        @Test
        void namesAreComparedAsInRegnskab() throws IOException {
            lastYear("Arbejdsmarked;Skoler  og  SFO;1;2;3;100;");
            thisYear("arbejdsmarked;SKOLER og SFO;100;2;3;4;");
            assertThat(check(PreviousYear.State.READ)).isEmpty();
            assertThat(notes(PreviousYear.State.READ)).hasSize(1);
        }

        @Test
        void noPreviousYearComparesNothingAndTheReportSaysSoWithoutAFinding() throws IOException {
            thisYear("Arbejdsmarked;Skoler;137.241;2;3;4;");
            assertThat(check(PreviousYear.State.NOT_FOUND)).isEmpty();
            assertThat(notes(PreviousYear.State.NOT_FOUND)).singleElement().asString()
                    .contains("ikke sammenlignet", "ikke fundet", "input/2015");
        }

        @Test
        void anotherBeloebsenhedIsComparedInKroner() throws IOException {
            lastYear("Arbejdsmarked;Skoler;1;2;3;137.240;");
            s.sheet(2016, "rapport", "Felt;Værdi", "Beløbsenhed;mio. kr.");
            thisYear("Arbejdsmarked;Skoler;137;2;3;4;");
            assertThat(check(PreviousYear.State.READ)).as("137.240.000 kr. is 137 mio. kr.").isEmpty();
            assertThat(notes(PreviousYear.State.READ).get(0)).contains("Beløbsenhederne er forskellige",
                    "2015: 1.000 kr.", "2016: mio. kr.", "i kroner");
        }

        @Test
        void aLastYearBuiltFromItsLedgerIsWhatItPublished() throws IOException {
            s.sheet(2015, "konti", "Funktion;Dranst;Art;Sted;Kontonavn;Regnskab 2015", "5.57.72;;;;;137.239.600",
                    "5.57.73;;;;;500");
            s.sheet(2015, "kontoplan", "Funktion;Dranst;Art;Sted;Politikområde;Linje", "5;;;;Arbejdsmarked;Skoler");
            thisYear("Arbejdsmarked;Skoler;137.240;2;3;4;");
            assertThat(check(PreviousYear.State.READ)).as("the ledger builds 137.240").isEmpty();
            assertThat(notes(PreviousYear.State.READ).get(0)).contains("1 linje,");
        }
    }

    @Nested
    class Bad {
        @Test
        void aRestatedLineSaysByHowMuchAndNamesTheCell() throws IOException {
            lastYear("Arbejdsmarked;Ledige;1;2;3;10;", "Arbejdsmarked;Skoler;1;2;3;137.240;");
            thisYear("Arbejdsmarked;Ledige;10;2;3;4;", "Arbejdsmarked;Skoler;137.236;2;3;4;");
            assertThat(check(PreviousYear.State.READ)).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ADVARSEL);
                assertThat(f.rule()).isEqualTo("R8");
                assertThat(f.politikomraade()).isEqualTo("Arbejdsmarked");
                assertThat(f.file()).isEqualTo("regnskab.csv");
                assertThat(f.cell()).isEqualTo("linje 3, kolonne Regnskab 2015");
                assertThat(f.found()).isEqualTo("137.236");
                assertThat(f.expected()).isEqualTo("137.240");
                assertThat(f.message()).contains("\"Skoler\" er 137.236", "årsberetningen for 2015 viste 137.240",
                        "(forskel 4)");
            });
        }

        @Test
        void aNewLineAndARenamedPolitikomraadeAreListedOnceAsNotCompared() throws IOException {
            s.sheet(2016, "politikomraader", AREAS, "10;Arbejdsmarked;Udvalget", "20;Tilbud og service;Udvalget");
            lastYear("Arbejdsmarked;Skoler;1;2;3;100;", "Tilbud;Veje;1;2;3;5;", "Tilbud;Parker;1;2;3;6;");
            thisYear("Arbejdsmarked;Skoler;100;2;3;4;", "Arbejdsmarked;Nyt tilbud;7;2;3;4;",
                    "Arbejdsmarked;Endnu et;8;2;3;4;", "Tilbud og service;Veje;999;2;3;4;",
                    "Tilbud og service;Parker;999;2;3;4;");
            assertThat(check(PreviousYear.State.READ)).as("nothing new or renamed is compared").isEmpty();
            List<String> notes = notes(PreviousYear.State.READ);
            assertThat(notes).hasSize(3);
            assertThat(notes.get(0)).contains("1 linje,");
            assertThat(notes).filteredOn(n -> n.contains("Ikke sammenlignet")).hasSize(2);
            assertThat(notes).anySatisfy(n -> assertThat(n).contains("Tilbud og service", "politikområde")
                    .doesNotContain("Veje"));
            assertThat(notes).anySatisfy(n -> assertThat(n).contains("under Arbejdsmarked", "\"Nyt tilbud\"",
                    "\"Endnu et\""));
        }

        @Test
        void aRestatementInAnotherBeloebsenhedShowsBothAndComparesInKroner() throws IOException {
            lastYear("Arbejdsmarked;Skoler;1;2;3;137.240;");
            s.sheet(2016, "rapport", "Felt;Værdi", "Beløbsenhed;mio. kr.");
            thisYear("Arbejdsmarked;Skoler;139;2;3;4;");
            assertThat(check(PreviousYear.State.READ)).singleElement().satisfies(f -> {
                assertThat(f.cell()).isEqualTo("linje 2, kolonne Regnskab 2015");
                assertThat(f.expected()).isEqualTo("137,24");
                assertThat(f.message()).contains("er 139", "viste 137.240 1.000 kr., det er 137,24 mio. kr.",
                        "forskel 1,76 mio. kr.; sammenlignet i kroner");
            });
        }

        @Test
        void aLastYearBuiltFromItsLedgerCatchesARestatement() throws IOException {
            s.sheet(2015, "konti", "Funktion;Dranst;Art;Sted;Kontonavn;Regnskab 2015", "5.57.72;;;;;137.240.000");
            s.sheet(2015, "kontoplan", "Funktion;Dranst;Art;Sted;Politikområde;Linje", "5;;;;Arbejdsmarked;Skoler");
            thisYear("Arbejdsmarked;Skoler;137.100;2;3;4;");
            assertThat(check(PreviousYear.State.READ)).singleElement().satisfies(f -> {
                assertThat(f.cell()).isEqualTo("linje 2, kolonne Regnskab 2015");
                assertThat(f.message()).contains("viste 137.240 (forskel 140)");
            });
        }

        @Test
        void anUnreadablePreviousYearIsOneWarningNamingTheFileAndNothingIsCompared() throws IOException {
            lastYear("Arbejdsmarked;Skoler;1;2;3;100;");
            thisYear("Arbejdsmarked;Skoler;5;2;3;4;");
            assertThat(check(PreviousYear.State.UNREADABLE)).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ADVARSEL);
                assertThat(f.file()).isEqualTo("input/2015");
                assertThat(f.message()).contains("regnskab.xlsx", "ikke sammenlignet");
            });
            assertThat(notes(PreviousYear.State.UNREADABLE)).singleElement().asString().contains("kan ikke læses");
        }
    }
}
