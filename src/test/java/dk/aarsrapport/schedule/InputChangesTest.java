package dk.aarsrapport.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.aarsrapport.support.CliRun;
import dk.aarsrapport.support.Samples;

/** The schedule counts as input what a run reads, so what a run leaves unread is no change every night. */
class InputChangesTest {

    @TempDir
    Path tmp;
    Path in;
    Path out;

    @BeforeEach
    void generated() throws Exception {
        in = tmp.resolve("input/2015");
        out = tmp.resolve("output/2015");
        Samples.copy(Path.of("src/test/resources/sample-2015-csv"), in);
        CliRun r = CliRun.of(tmp.resolve("data"), "generate", "--input", in.toString(), "--output", out.toString());
        assertThat(r.exit).as(r.toString()).isZero();
        assertThat(InputChanges.changed(in, out)).as("just generated").isFalse();
    }

    @Nested
    class Unchanged {
        @Test
        void whenTheFolderGainsOnlyWhatARunDoesNotRead() throws Exception {
            Files.writeString(in.resolve("gammel.xls"), "et gammelt regneark", StandardCharsets.UTF_8);
            Files.createDirectory(in.resolve("arkiv"));
            Files.writeString(tmp.resolve("udenfor.csv"), "Politikområde;Linje\n", StandardCharsets.UTF_8);
            Files.createSymbolicLink(in.resolve("genvej.csv"), tmp.resolve("udenfor.csv"));
            Process mkfifo = new ProcessBuilder("mkfifo", in.resolve("kanal.csv").toString()).start();
            assertThat(mkfifo.waitFor()).isZero();
            assertThat(InputChanges.changed(in, out)).isFalse();
        }
    }

    @Nested
    class Changed {
        @Test
        void whenAFileThatIsReadChanges() throws Exception {
            Path r = in.resolve("regnskab.csv");
            Files.writeString(r, Files.readString(r, StandardCharsets.UTF_8).replace("137.236;569", "137.237;570"),
                    StandardCharsets.UTF_8);
            assertThat(InputChanges.changed(in, out)).isTrue();
        }

        @Test
        void whenACsvFileIsAdded() throws Exception {
            Files.writeString(in.resolve("ekstra.csv"), "Politikområde;Linje\n", StandardCharsets.UTF_8);
            assertThat(InputChanges.changed(in, out)).isTrue();
        }

        @Test
        void whenTheInputFolderIsGone() throws Exception {
            assertThat(InputChanges.changed(tmp.resolve("findes-ikke"), out)).isTrue();
        }
    }
}
