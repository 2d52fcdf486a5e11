package dk.aarsrapport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.aarsrapport.base.Sha256;
import dk.aarsrapport.support.CliRun;
import dk.aarsrapport.support.Samples;
import dk.aarsrapport.support.Tmpfs;

/**
 * The disk holding the output folder fills up while a run renders (a small tmpfs the test mounts, filled
 * but for a few hundred kB): one Danish line says so, with how much the run needs and how much is free; the
 * run's work folder is gone, the old output is as it was, and once space is freed the next run exits 0.
 */
class FullDiskTest {

    @TempDir
    Path tmp;

    private static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                m.put(dir.relativize(f).toString(), Sha256.of(f));
            }
        }
        return m;
    }

    @Test
    void aFullDiskIsOneLineAndLeavesTheOldOutputAsItWas() throws Exception {
        Path in = Samples.copy(Samples.CSV_2015, tmp.resolve("input/2015"));
        Path data = tmp.resolve("data");
        try (Tmpfs disk = Tmpfs.mount(tmp.resolve("output"), "48m")) {
            Path out = disk.dir().resolve("2015");
            String[] generate = {"generate", "--input", in.toString(), "--output", out.toString()};
            CliRun first = CliRun.of(data, generate);
            assertThat(first.exit).as(first.toString()).isZero();
            Map<String, String> before = files(disk.dir());

            Path filler = disk.fill(300_000);
            CliRun full = CliRun.of(data, "generate", "--input", in.toString(), "--output", out.toString(), "--force");
            assertThat(full.exit).as(full.toString()).isEqualTo(3);
            assertThat(full.err.lines().toList()).as(full.toString()).singleElement().satisfies(line -> assertThat(line)
                    .startsWith("Disken med " + out + " er fuld: kørslen skal bruge omkring ")
                    .containsPattern("\\d+,\\d MB \\(så meget fylder den forrige udgave\\), og der er \\d+,\\d MB fri\\.")
                    .hasSizeLessThanOrEqualTo(300));
            assertThat(full.out + full.err).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("Intern fejl");
            Map<String, String> after = files(disk.dir());
            after.remove("fyld");
            // the lock file is no output: each run writes into it who holds the lock and since when
            before.keySet().removeIf(f -> f.endsWith(".laas"));
            after.keySet().removeIf(f -> f.endsWith(".laas"));
            assertThat(after).as("the old output, and no work folder").isEqualTo(before);

            Files.delete(filler);
            CliRun next = CliRun.of(data, generate);
            assertThat(next.exit).as(next.toString()).isZero();
            Map<String, String> again = files(disk.dir());
            again.keySet().removeIf(f -> f.endsWith(".laas"));
            assertThat(again.keySet()).isEqualTo(before.keySet());
        }
    }
}
