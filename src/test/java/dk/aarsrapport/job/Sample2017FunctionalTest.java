package dk.aarsrapport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.aarsrapport.support.CliRun;
import dk.aarsrapport.support.CsvFixture;
import dk.aarsrapport.support.Pdfs;
import dk.aarsrapport.support.Samples;

/**
 * The 2017 sample (Socialområdet's fokusområder and effektmål 2017–2020): no accounts, so the report
 * renders the sections it has and the missing Regnskab is a warning (S2), not a failure; every
 * effektmål and its measurements with targets 2017–2020 are printed.
 */
class Sample2017FunctionalTest {

    @TempDir
    Path tmp;

    @Test
    void rendersWithoutAccounts() throws IOException {
        Path in = Samples.copy(Path.of("input/2017"), tmp.resolve("input/2017"));
        Path out = tmp.resolve("output/2017");
        CliRun run = CliRun.of(tmp.resolve("data"), "generate", "--input", in.toString(), "--output", out.toString());
        assertThat(run.exit).as(run.toString()).isZero();
        List<String> findings = Files.readAllLines(out.resolve("validering.csv"), StandardCharsets.UTF_8);
        assertThat(findings).hasSize(2);
        assertThat(findings.get(1)).startsWith("ADVARSEL;S2;Socialområdet;");
        Path pdf = out.resolve("politikomraader/1-socialomraadet.pdf");
        String text = Pdfs.text(pdf);
        assertThat(text).contains("Fokusområder").contains("Effektmål").doesNotContain("Regnskabsresultat")
                .contains("Om Socialområdet.").contains("• Mødet mellem borger og kommune")
                .contains("2016 juli 2017 2018 2019 2020").contains("Mål 65 % 70 % 75 % 75 %")
                .contains("Resultat 61 %").contains("Tæller/nævner 679/1.108")
                .contains("Stoffrie/reduceret – mål 40 % 41 % 42 % 43 %");
        String drawn = Pdfs.textInDrawingOrder(pdf).replaceAll("\\s+", " ");
        List<String[]> maal = CsvFixture.rows(Path.of("src/test/resources/sample-2017-csv/effektmaal.csv"));
        for (String[] row : maal.subList(1, maal.size())) {
            assertThat(drawn).contains(row[2]);
        }
        assertThat(out.resolve("aarsberetning-2017.pdf")).isRegularFile();
        // charts: a caption stating the numbers, axis labels as real text, vector (no images), fonts embedded
        assertThat(text.replaceAll("\\s+", " ")).contains("Diagram, Andel, der ikke bor i en kommunalt visiteret bolig (%): resultat: 2016 juli 61 %;"
                + " mål: 2017 65 %, 2018 70 %, 2019 75 %, 2020 75 %.");
        assertThat(text.replaceAll("\\s+", " ")).contains("resultat mål"); // the legend, as text
        assertThat(Pdfs.imageCount(pdf)).isZero();
        assertThat(Pdfs.notEmbeddedFonts(pdf)).isEmpty();
    }
}
