package dk.aarsrapport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.aarsrapport.support.CliRun;
import dk.aarsrapport.support.Pdfs;
import dk.aarsrapport.support.Samples;

/**
 * Who gets which pack. Regressions of two defects a review found: a recipient of the whole report stopped the
 * delivery with exit 3 when the input also held a goal framework, and a recipient named like an Udvalg got a
 * second, identical file "-2" of the Udvalg's pack.
 */
class PackRecipientsFunctionalTest {

    @TempDir
    Path tmp;

    private Path input() throws Exception {
        Path in = tmp.resolve("input/2015");
        Samples.copy(Samples.CSV_2015, in);
        return in;
    }

    private CliRun generate(Path in, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("generate", "--year", "2015", "--input", in.toString(),
                "--output", tmp.resolve("out").toString()));
        args.addAll(List.of(more));
        return CliRun.of(tmp.resolve("data"), args.toArray(String[]::new));
    }

    private List<String> packs() throws Exception {
        try (Stream<Path> files = Files.list(tmp.resolve("out/pakker"))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Nested
    class WholeReportRecipientWithGoalFrameworks {

        @Test
        void getsTheWholeReportWithTheFrameworksAndTheRunCompletes() throws Exception {
            Path in = input();
            Files.copy(Path.of("src/test/resources/sample-2021-csv/maalopfoelgning.csv"), in.resolve("maalopfoelgning.csv"));
            Path modtagere = in.resolve("modtagere.csv");
            Files.writeString(modtagere, Files.readString(modtagere, StandardCharsets.UTF_8).stripTrailing()
                    + "\nBorgmester;borgmester@example.org;;\n", StandardCharsets.UTF_8);

            CliRun run = generate(in, "--dry-run");

            assertThat(run.exit).as(run.toString()).isIn(0, 1);
            Path eml = tmp.resolve("out/udsendelse/borgmester.eml");
            assertThat(eml).exists();
            assertThat(Files.readString(eml, StandardCharsets.ISO_8859_1)).contains("borgmester@example.org");
            String pack = Pdfs.text(tmp.resolve("out/pakker/borgmester.pdf"));
            assertThat(pack).contains("Til: Borgmester").contains("Arbejdsmarkeds- og overførselsområdet")
                    .contains("Beskæftigelsestilbud").contains("Målopfølgning: ");
        }

        @Test
        void aBlockedFrameworkStopsThePackAndIsNamedAsWhatItIs() throws Exception {
            Path in = input();
            Path frameworks = in.resolve("maalopfoelgning.csv");
            List<String> rows = Files.readAllLines(Path.of("src/test/resources/sample-2021-csv/maalopfoelgning.csv"),
                    StandardCharsets.UTF_8);
            List<String> doubled = new java.util.ArrayList<>(rows);
            doubled.add(rows.get(1)); // the same indsats twice: an S1 FEJL, which blocks the framework
            Files.write(frameworks, doubled, StandardCharsets.UTF_8);
            Path modtagere = in.resolve("modtagere.csv");
            Files.writeString(modtagere, Files.readString(modtagere, StandardCharsets.UTF_8).stripTrailing()
                    + "\nBorgmester;borgmester@example.org;;\n", StandardCharsets.UTF_8);

            CliRun run = generate(in, "--dry-run");

            assertThat(run.exit).as(run.toString()).isEqualTo(1);
            String log = Files.readString(tmp.resolve("out/udsendelse.csv"), StandardCharsets.UTF_8);
            assertThat(log.lines().filter(l -> l.contains("borgmester@example.org")).findFirst().orElseThrow())
                    .contains("Pakken indeholder en del med valideringsfejl: Målopfølgning: ");
        }
    }

    @Nested
    class IdenticalPacks {

        @Test
        void areMadeOnceAndTheRecipientIsSentTheUdvalgsPack() throws Exception {
            CliRun run = generate(input(), "--dry-run");

            assertThat(run.exit).as(run.toString()).isZero();
            assertThat(packs()).contains("beskaeftigelsesudvalget.pdf").noneMatch(f -> f.endsWith("-2.pdf"));
            String log = Files.readString(tmp.resolve("out/udsendelse.csv"), StandardCharsets.UTF_8);
            assertThat(log).contains("beskaeftigelsesudvalget@example.org;pakker/beskaeftigelsesudvalget.pdf;");
        }

        @Test
        void aDifferentPackUnderTheSameNameStillGetsItsOwnFile() throws Exception {
            Path in = input();
            Path modtagere = in.resolve("modtagere.csv");
            // named like the Udvalg, but choosing one politikområde only: a different pack
            Files.writeString(modtagere, Files.readString(modtagere, StandardCharsets.UTF_8).replace(
                    "Beskæftigelsesudvalget;beskaeftigelsesudvalget@example.org;Beskæftigelsesudvalget;",
                    "Beskæftigelsesudvalget;beskaeftigelsesudvalget@example.org;;Beskæftigelsestilbud"),
                    StandardCharsets.UTF_8);

            CliRun run = generate(in, "--dry-run");

            assertThat(run.exit).as(run.toString()).isZero();
            assertThat(packs()).contains("beskaeftigelsesudvalget.pdf", "beskaeftigelsesudvalget-2.pdf");
            assertThat(Pdfs.text(tmp.resolve("out/pakker/beskaeftigelsesudvalget-2.pdf")))
                    .contains("Beskæftigelsestilbud").doesNotContain("Arbejdsmarkeds- og overførselsområdet");
        }
    }
}
