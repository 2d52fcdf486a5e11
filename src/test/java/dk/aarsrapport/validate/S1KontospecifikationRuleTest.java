package dk.aarsrapport.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dk.aarsrapport.base.Finding;
import dk.aarsrapport.base.Severity;
import dk.aarsrapport.ledger.TestLedger;
import dk.aarsrapport.stage.LedgerStaging;
import dk.aarsrapport.stage.RapportSettings;

/** S1 on Rapport's Kontospecifikation: ja or nej (or nothing), and ja only where there are Konti to specify. */
class S1KontospecifikationRuleTest {

    @TempDir
    Path tmp;

    private LedgerStaging input(String value, boolean konti) {
        LedgerStaging s = new LedgerStaging(tmp.resolve("in")).sheet("rapport", "Felt;Værdi", "Kommune;Testby",
                "Kontospecifikation;" + value);
        if (konti) {
            s.sheet("konti", "Funktion;Dranst;Art;Sted;Kontonavn;Regnskab 2015", "5.57.72;;;;Sygedagpenge;2")
                    .sheet("kontoplan", "Funktion;Dranst;Art;Sted;Politikområde;Linje", "5;;;;Arbejdsmarked;Alt");
        }
        return s;
    }

    private static List<Finding> check(LedgerStaging s, boolean konti) throws IOException {
        s.read(dk.aarsrapport.support.Readers.input()::read);
        if (konti) {
            TestLedger.build(s);
        }
        List<Finding> out = new ArrayList<>();
        new S1KontospecifikationRule(s.staged, s.ledger).check(new ValidationRun(s.run, 2015), out::add);
        return out;
    }

    @Nested
    class Good {
        @ParameterizedTest
        @ValueSource(strings = {"ja", "Ja", "JA ", "nej", "Nej", ""})
        void jaOrNejOrNothingPasses(String value) throws IOException {
            assertThat(check(input(value, true), true)).isEmpty();
        }

        @Test
        void nejWithoutKontiPasses() throws IOException {
            assertThat(check(input("nej", false), false)).isEmpty();
        }

        @Test
        void theSettingIsReadTheSameWayByTheContent() {
            assertThat(RapportSettings.yesNo("Ja")).contains(true);
            assertThat(RapportSettings.yesNo("nej")).contains(false);
            assertThat(RapportSettings.yesNo(null)).contains(false);
            assertThat(RapportSettings.yesNo("måske")).isEmpty();
        }
    }

    @Nested
    class Bad {
        @ParameterizedTest
        @ValueSource(strings = {"yes", "1", "ja tak", "x"})
        void anotherValueIsAWarningNamingItsCell(String value) throws IOException {
            assertThat(check(input(value, true), true)).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ADVARSEL);
                assertThat(f.rule()).isEqualTo("S1");
                assertThat(f.file()).isEqualTo("rapport.csv");
                assertThat(f.sheet()).isEqualTo("Rapport");
                assertThat(f.cell()).isEqualTo("linje 3, kolonne Værdi");
                assertThat(f.found()).isEqualTo(value.strip());
                assertThat(f.message()).contains("Kontospecifikation", "ja eller nej", "uden specifikation");
            });
        }

        @Test
        void jaWithoutKontiSaysThereIsNothingToSpecify() throws IOException {
            assertThat(check(input("ja", false), false)).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ADVARSEL);
                assertThat(f.cell()).isEqualTo("linje 3, kolonne Værdi");
                assertThat(f.message()).contains("Kontospecifikation er ja", "Konti", "uden specifikation");
            });
        }
    }
}
