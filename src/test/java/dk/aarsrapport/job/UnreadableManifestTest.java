package dk.aarsrapport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.aarsrapport.support.CliRun;
import dk.aarsrapport.support.Samples;

/**
 * Regression: a damaged manifest.json made the next run draw everything again without a word. It still does
 * draw everything (nothing can be trusted to be unchanged), and the console says why.
 */
class UnreadableManifestTest {

    @TempDir
    Path tmp;

    @Test
    void aDamagedManifestIsSaidAndEverythingIsDrawnAgain() throws Exception {
        Path in = tmp.resolve("input/2015");
        Samples.copy(Samples.CSV_2015, in);
        Path out = tmp.resolve("out");
        String[] generate = {"generate", "--year", "2015", "--input", in.toString(), "--output", out.toString()};
        assertThat(CliRun.of(tmp.resolve("data"), generate).exit).isZero();
        Path manifest = out.resolve("manifest.json");
        String json = Files.readString(manifest, StandardCharsets.UTF_8);
        Files.writeString(manifest, json.substring(0, json.length() / 3), StandardCharsets.UTF_8); // a full disk

        CliRun again = CliRun.of(tmp.resolve("data"), generate);

        assertThat(again.exit).as(again.toString()).isZero();
        assertThat(again.out).contains("manifest.json kunne ikke bruges").contains("alt dannes igen")
                .contains("2 af 2 politikområder dannet");
        assertThat(Files.readString(manifest, StandardCharsets.UTF_8)).isNotEqualTo(json.substring(0, json.length() / 3));
    }
}
