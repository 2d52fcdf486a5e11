package dk.aarsrapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.aarsrapport.base.Sha256;
import dk.aarsrapport.support.ChildJvm;
import dk.aarsrapport.support.CliRun;
import dk.aarsrapport.support.Samples;
import dk.aarsrapport.support.TestDatabase;

/**
 * SIGTERM to a running {@code generate} (systemd's stop, Ctrl-C): the output stays as it was, and the
 * operator is told so in one line instead of an exit 143 without a word (issue 15, case 16).
 */
class StoppedRunTest {

    @TempDir
    Path tmp;

    @Test
    void aStoppedRunSaysThatNothingWasPublished() throws Exception {
        Path in = tmp.resolve("input/2015");
        Path out = tmp.resolve("output/2015");
        Path data = tmp.resolve("data");
        Samples.copy(Path.of("src/test/resources/sample-2015-csv"), in);
        CliRun first = CliRun.of(data, "generate", "--input", in.toString(), "--output", out.toString());
        assertThat(first.exit).as(first.toString()).isZero();
        Map<String, String> before = hashes(out);

        ProcessBuilder pb = ChildJvm.program("generate", "--force", "--input", in.toString(), "--output",
                out.toString());
        pb.environment().put("AARSRAPPORT_DATA_DIR", data.toString());
        pb.environment().putAll(TestDatabase.environment());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        List<String> lines = new ArrayList<>();
        boolean signalled = false;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                lines.add(line);
                // validation has read the input and nothing is rendered yet: publishing is seconds away
                if (!signalled && line.strip().startsWith("Validerer")) {
                    // SIGTERM; Process.destroy() would also close the stream this test still reads
                    p.toHandle().destroy();
                    signalled = true;
                }
            }
        }
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("ended after SIGTERM").isTrue();
        String console = String.join("\n", lines);
        assertThat(signalled).as(console).isTrue();
        assertThat(p.exitValue()).as(console).isEqualTo(143);
        assertThat(console).contains("Kørslen blev stoppet, før den var færdig. Intet er udgivet: " + out);
        assertThat(console).doesNotContain("Exception", "Intern fejl", "\tat ");
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(300));
        assertThat(hashes(out)).as("output as before the stopped run").isEqualTo(before);

        CliRun next = CliRun.of(data, "generate", "--force", "--input", in.toString(), "--output", out.toString());
        assertThat(next.exit).as(next.toString()).isZero();
    }

    private static Map<String, String> hashes(Path out) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                m.put(out.relativize(f).toString(), Sha256.of(f));
            }
        }
        return m;
    }
}
