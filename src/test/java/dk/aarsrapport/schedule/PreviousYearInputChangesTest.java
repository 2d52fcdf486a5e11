package dk.aarsrapport.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.aarsrapport.support.CliRun;
import dk.aarsrapport.support.Samples;

/** Last year's folder beside this year's is input too: its figures are this year's R8 findings. */
class PreviousYearInputChangesTest {

    @TempDir
    Path tmp;

    @Test
    void aChangeToTheSiblingYearIsAChangeAndNothingElseIs() throws Exception {
        Path in = Samples.copy(Samples.CSV_2015, tmp.resolve("input/2015"));
        Path last = Samples.copy(Samples.CSV_2015, tmp.resolve("input/2014"));
        Path out = tmp.resolve("output/2015");
        CliRun r = CliRun.of(tmp.resolve("data"), "generate", "--input", in.toString(), "--output", out.toString());
        assertThat(r.exit).as(r.toString()).isZero();
        assertThat(InputChanges.changed(in, out)).as("just generated").isFalse();
        Files.writeString(last.resolve("noter.txt"), "ikke input", StandardCharsets.UTF_8);
        assertThat(InputChanges.changed(in, out)).as("a file no run reads").isFalse();
        Path tekster = last.resolve("tekster.csv");
        Files.writeString(tekster, Files.readString(tekster, StandardCharsets.UTF_8) + "\n", StandardCharsets.UTF_8);
        assertThat(InputChanges.changed(in, out)).as("last year's input changed").isTrue();
    }
}
