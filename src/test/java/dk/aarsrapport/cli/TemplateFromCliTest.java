package dk.aarsrapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.aarsrapport.base.RollForwardMarker;
import dk.aarsrapport.support.CliRun;
import dk.aarsrapport.support.Samples;

/**
 * {@code template --year Y --from DIR} on the command line: what it says when it works, and for each kind of bad
 * input the Danish line, the exit status, and that nothing was written.
 */
class TemplateFromCliTest {

    @TempDir
    Path tmp;

    private CliRun template(Path from, Path output) {
        return CliRun.of(tmp.resolve("data"), "template", "--year", "2016", "--from", from.toString(), "--output",
                output.toString());
    }

    /** Nothing at {@code output} and no hidden work file beside it. */
    private static void nothingWritten(Path output) throws IOException {
        assertThat(output).doesNotExist();
        if (Files.isDirectory(output.getParent())) {
            try (Stream<Path> left = Files.list(output.getParent())) {
                assertThat(left).noneMatch(p -> p.getFileName().toString().startsWith("." + output.getFileName()));
            }
        }
    }

    @Nested
    class Good {

        @Test
        void tellsWhatWasCarriedAndWhatIsLeftToDo() throws IOException {
            Path from = Samples.copy(Samples.CSV_2015, tmp.resolve("input/2015"));
            Path output = tmp.resolve("input/2016/aarsregnskab.xlsx");
            CliRun run = template(from, output);
            assertThat(run.exit).as(run.toString()).isZero();
            assertThat(run.err).isEmpty();
            assertThat(output).isRegularFile();
            assertThat(run.out).contains("rullet frem fra 2015").contains("Politikområder: 2 rækker")
                    .containsPattern("Regnskab: \\d+ linjer med Regnskab 2015")
                    .contains("Konti: ikke ført over")
                    .contains("Udfyld Budget 2016, Korr. budget 2016 og Regnskab 2016")
                    .contains("slet linjen " + RollForwardMarker.line(2015)).contains("S6")
                    .doesNotContain("Bemærk");
        }

        @Test
        void aFolderOfAnotherYearIsCarriedAndSaidToBeNotTheYearBefore() throws IOException {
            Path from = Samples.copy(Samples.CSV_2015, tmp.resolve("input/2015"));
            Path output = tmp.resolve("ny/aarsregnskab.xlsx");
            CliRun run = CliRun.of(tmp.resolve("data"), "template", "--year", "2017", "--from", from.toString(),
                    "--output", output.toString());
            assertThat(run.exit).as(run.toString()).isZero();
            assertThat(run.out).contains("er input for 2015").contains("ikke året før 2017")
                    .contains("kolonnen Regnskab 2016 får Regnskab 2015");
            assertThat(output).isRegularFile();
        }

        @Test
        void aFolderNotNamedByItsYearTakesTheYearFromItsRapportSheet() throws IOException {
            Path from = Samples.copy(Samples.CSV_2015, tmp.resolve("sidste-aar"));
            CliRun run = CliRun.of(tmp.resolve("data"), "template", "--year", "2017", "--from", from.toString(),
                    "--output", tmp.resolve("ny.xlsx").toString());
            assertThat(run.exit).as(run.toString()).isZero();
            assertThat(run.out).contains("er input for 2015 (efter arket Rapport)").contains("ikke året før 2017");
        }

        @Test
        void theOldYearsErrorsAreCountedAndCarriedAsTheyAre() throws IOException {
            Path from = Samples.copy(Samples.CSV_2015, tmp.resolve("input/2015"));
            Path csv = from.resolve("regnskab.csv");
            // a text where an amount belongs: S1, an error of the old year
            String broken = Files.readString(csv, StandardCharsets.UTF_8).replaceFirst(";10\\.632;", ";ti tusind;");
            Files.writeString(csv, broken, StandardCharsets.UTF_8);
            Path output = tmp.resolve("input/2016/aarsregnskab.xlsx");
            CliRun run = template(from, output);
            assertThat(run.exit).as(run.toString()).isZero();
            assertThat(run.out).containsPattern("input for 2015 har [1-9]\\d* fejl").contains("ført over, som det er")
                    .contains("aarsrapport validate --year 2015");
            assertThat(output).isRegularFile();
        }
    }

    @Nested
    class Bad {

        @Test
        void aFolderThatDoesNotExist() throws IOException {
            Path output = tmp.resolve("ud/aarsregnskab.xlsx");
            CliRun run = template(tmp.resolve("input/2015"), output);
            assertThat(run.exit).as(run.toString()).isEqualTo(2);
            assertThat(run.err).contains("--from").contains("findes ikke").contains("forrige års inputmappe")
                    .doesNotContain("Exception").doesNotContain("\tat ");
            nothingWritten(output);
        }

        @Test
        void aFileInsteadOfAFolder() throws IOException {
            Path file = Files.writeString(tmp.resolve("2015.xlsx"), "ikke en mappe");
            Path output = tmp.resolve("ud/aarsregnskab.xlsx");
            CliRun run = template(file, output);
            assertThat(run.exit).as(run.toString()).isEqualTo(2);
            assertThat(run.err).contains("er en fil, ikke en mappe").contains(".xlsx- eller .csv-filer");
            nothingWritten(output);
        }

        @Test
        void aFolderWithNoInputFiles() throws IOException {
            Path from = Files.createDirectories(tmp.resolve("input/2015"));
            Files.writeString(from.resolve("noter.txt"), "intet regneark her");
            Path output = tmp.resolve("ud/aarsregnskab.xlsx");
            CliRun run = template(from, output);
            assertThat(run.exit).as(run.toString()).isEqualTo(2);
            assertThat(run.err).contains("er ikke en inputmappe").contains("ingen .xlsx- eller .csv-filer");
            nothingWritten(output);
        }

        @Test
        void aCorruptWorkbookIsNamedAndNothingIsWritten() throws IOException {
            Path from = Samples.copy(Samples.CSV_2015, tmp.resolve("input/2015"));
            Files.write(from.resolve("aarsregnskab.xlsx"), "PK\u0003\u0004 ikke en projektmappe".getBytes(
                    StandardCharsets.ISO_8859_1));
            Path output = tmp.resolve("input/2016/aarsregnskab.xlsx");
            CliRun run = template(from, output);
            assertThat(run.exit).as(run.toString()).isEqualTo(2);
            assertThat(run.err).contains("kan ikke læses").contains("aarsregnskab.xlsx").contains("Intet er skrevet")
                    .doesNotContain("\tat ");
            assertThat(run.err.lines()).hasSize(1);
            nothingWritten(output);
        }

        @Test
        void theNewWorkbookMayNotGoIntoTheOldYearsFolder() throws IOException {
            Path from = Samples.copy(Samples.CSV_2015, tmp.resolve("input/2015"));
            Path output = from.resolve("2016.xlsx");
            CliRun run = template(from, output);
            assertThat(run.exit).as(run.toString()).isEqualTo(2);
            assertThat(run.err).contains("må ikke skrives i forrige års inputmappe");
            nothingWritten(output);
        }
    }
}
