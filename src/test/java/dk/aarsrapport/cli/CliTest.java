package dk.aarsrapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.aarsrapport.publish.OutputLock;
import dk.aarsrapport.support.CliRun;
import dk.aarsrapport.support.CsvFixture;

class CliTest {

    @TempDir
    Path tmp;

    @Nested
    class Usage {
        @Test
        void noCommandIsUsageOnStderrAndExit2() {
            CliRun r = CliRun.of(tmp, new String[0]);
            assertThat(r.exit).isEqualTo(2);
            assertThat(r.err).contains("generate").contains("validate");
        }

        @Test
        void unknownCommandIsExit2InDanish() {
            CliRun r = CliRun.of(tmp, "lav-rapport");
            assertThat(r.exit).isEqualTo(2);
            assertThat(r.err).contains("Ukendt").doesNotContain("Exception");
        }

        @Test
        void unknownOptionIsExit2() {
            CliRun r = CliRun.of(tmp, "generate", "--aar", "2015");
            assertThat(r.exit).isEqualTo(2);
            assertThat(r.err).contains("--aar").contains("--help");
            assertThat(r.err.strip().lines().count()).as("one line").isEqualTo(1);
        }

        @Test
        void yearThatIsNotANumber() {
            CliRun r = CliRun.of(tmp, "generate", "--year", "tyve");
            assertThat(r.exit).isEqualTo(2);
            assertThat(r.err).contains("tyve").doesNotContain("at picocli");
        }

        @Test
        void helpIsExit0OnStdout() {
            CliRun r = CliRun.of(tmp, "--help");
            assertThat(r.exit).isZero();
            assertThat(r.out).contains("generate");
            CliRun g = CliRun.of(tmp, "generate", "--help");
            assertThat(g.exit).isZero();
            assertThat(g.out).contains("--year").contains("--input").contains("--output").contains("--draft");
        }

        @Test
        void equalsFormOfOptions() {
            CliRun r = CliRun.of(tmp, "generate", "--year=1999", "--input=" + tmp.resolve("findes-ikke"));
            assertThat(r.exit).isEqualTo(2);
            assertThat(r.err).contains("findes ikke");
        }
    }

    @Nested
    class Folders {
        @Test
        void missingInputFolderIsExit2() {
            CliRun r = CliRun.of(tmp, "generate", "--input", tmp.resolve("input/2040").toString());
            assertThat(r.exit).isEqualTo(2);
            assertThat(r.err.strip().lines().count()).isEqualTo(1);
            assertThat(r.err).contains("input/2040").contains("findes ikke");
        }

        @Test
        void inputFolderNotNamedAfterAYearNeedsYear() throws IOException {
            Files.createDirectories(tmp.resolve("mine-tal"));
            CliRun r = CliRun.of(tmp, "generate", "--input", tmp.resolve("mine-tal").toString());
            assertThat(r.exit).isEqualTo(2);
            assertThat(r.err).contains("--year");
        }

        @Test
        void anotherRunHoldingTheOutputFolderIsExit4() throws IOException {
            Path in = tmp.resolve("input/2020");
            CsvFixture.write(in.resolve("politikomraader.csv"), List.<String[]>of(
                    new String[] {"Nr", "Politikområde", "Udvalg"}, new String[] {"1", "A", "U"}));
            Path out = tmp.resolve("output/2020");
            Optional<OutputLock> held = OutputLock.tryAcquire(out);
            assertThat(held).isPresent();
            try (OutputLock lock = held.get()) {
                // a second process is simulated by a second channel in this JVM: the lock is per file
                CliRun r = CliRun.of(tmp.resolve("data"), "generate", "--input", in.toString(), "--output",
                        out.toString());
                assertThat(r.exit).isEqualTo(4);
                assertThat(r.err).contains("En anden kørsel");
            }
            assertThat(out).doesNotExist();
        }

        @Test
        void unreadableFileIsExit2WithOneLineAndNothingWritten() throws IOException {
            Path in = tmp.resolve("input/2020");
            Files.createDirectories(in);
            Files.write(in.resolve("aarsregnskab.xlsx"), "ikke en projektmappe".getBytes());
            Path out = tmp.resolve("output/2020");
            CliRun r = CliRun.of(tmp.resolve("data"), "generate", "--input", in.toString(), "--output", out.toString());
            assertThat(r.exit).as(r.toString()).isEqualTo(2);
            assertThat(r.err).contains("aarsregnskab.xlsx").doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(out).doesNotExist();
            try (Stream<Path> left = Files.walk(tmp.resolve("output"))) {
                assertThat(left.filter(p -> p.getFileName().toString().contains("arbejde"))).isEmpty();
            }
        }
    }
}
