package dk.aarsrapport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.aarsrapport.support.CliRun;
import dk.aarsrapport.support.CsvFixture;
import dk.aarsrapport.support.Pdfs;

/**
 * Data the program has never seen: another year, other politikområder, CSV only, no Afvigelse column,
 * no stated I alt, and an area with only an "Om politikområdet" text. Nothing of the sample is assumed.
 */
class UnseenDataFunctionalTest {

    @TempDir
    Path tmp;

    @Test
    void anotherYearOtherAreasCsvOnly() throws IOException {
        Path in = tmp.resolve("input/2031");
        CsvFixture.write(in.resolve("Politikomraader.csv"), List.of(
                new String[] {"Nr", "Politikområde", "Udvalg"},
                new String[] {"7", "Ældre og sundhed", "Sundhedsudvalget"},
                new String[] {"3", "Pensioner & boligstøtte / særlige ydelser", "Økonomiudvalget"}));
        CsvFixture.write(in.resolve("regnskab.csv"), List.of(
                new String[] {"Politikområde", "Linje", "Regnskab 2030", "Budget 2031", "Korrigeret budget 2031",
                        "Regnskab 2031"},
                new String[] {"Ældre og sundhed", "Hjemmepleje", "200.000", "210.500", "205.000", "207.001"},
                new String[] {"Ældre og sundhed", "Plejeboliger", "−1.500", "100", "2.000", "1.000"},
                new String[] {"Pensioner & boligstøtte / særlige ydelser", "Boligydelse", "50", "60", "70", "71"}));
        CsvFixture.write(in.resolve("Tekster.csv"), List.of(
                new String[] {"Politikområde", "Afsnit", "Tekst"},
                new String[] {"Pensioner & boligstøtte / særlige ydelser", "Om politikområdet",
                        "Området omfatter **lovbundne** ydelser.\n\n## Særligt i år\n• Nye satser\n  - fra 1. juli"},
                new String[] {"Ældre og sundhed", "Fokusområder", "## Rehabilitering\nFlere borgere klarer sig selv."}));
        CsvFixture.write(in.resolve("effektmaal.csv"), List.of(
                new String[] {"Politikområde", "Gruppe", "Mål", "Beskrivelse", "Målsætning", "Resultat"},
                new String[] {"Ældre og sundhed", "Byrådets mål", "Færre genindlæggelser", "Beskrivelse her",
                        "Under 8 %", "7,5 %"}));

        CliRun run = CliRun.of(tmp.resolve("data"), "generate", "--input", in.toString(), "--output",
                tmp.resolve("output/2031").toString());

        assertThat(run.exit).as(run.toString()).isZero();
        Path aeldre = tmp.resolve("output/2031/politikomraader/7-aeldre-og-sundhed.pdf");
        Path pension = tmp.resolve("output/2031/politikomraader/3-pensioner-boligstoette-saerlige-ydelser.pdf");
        String a = Pdfs.text(aeldre);
        // the column headers wrap over two lines: words first, then the years, column by column
        assertThat(a).contains("Korr.").contains("Regnskab Budget budget Regnskab")
                .contains("2030 2031 2031 2031 Afvigelse")
                .contains("Hjemmepleje 200.000 210.500 205.000 207.001 2.001")
                .contains("Plejeboliger -1.500 100 2.000 1.000 -1.000")
                .contains("I alt 198.500 210.600 207.000 208.001 1.001")
                .contains("100,5 %")
                .contains("Rehabilitering").contains("Færre genindlæggelser").contains("Mål i 2031")
                .contains("Byrådets mål")
                .doesNotContain("Om politikområdet");
        String p = Pdfs.text(pension);
        assertThat(p).contains("Om politikområdet").contains("Området omfatter lovbundne ydelser.")
                .contains("Særligt i år").contains("Nye satser").contains("fra 1. juli")
                .doesNotContain("Fokusområder").doesNotContain("Effektmål");
        assertThat(run.out).contains("3 Pensioner").contains("7 Ældre");
        assertThat(run.out.indexOf("3 Pensioner")).isLessThan(run.out.indexOf("7 Ældre"));
    }

    @Test
    void yearComesFromTheHighestInputFolderWhenNothingIsGiven() throws Exception {
        // exercised through the resolver: the input root's highest year folder
        Path base = tmp;
        CsvFixture.write(base.resolve("input/2029/politikomraader.csv"), List.<String[]>of(
                new String[] {"Nr", "Politikområde", "Udvalg"}, new String[] {"1", "A", "U"}));
        CsvFixture.write(base.resolve("input/2030/politikomraader.csv"), List.<String[]>of(
                new String[] {"Nr", "Politikområde", "Udvalg"}, new String[] {"1", "A", "U"}));
        assertThat(dk.aarsrapport.cli.CliTestAccess.resolveYear(base)).isEqualTo(2030);
    }
}
