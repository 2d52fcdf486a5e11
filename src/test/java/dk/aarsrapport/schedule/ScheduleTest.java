package dk.aarsrapport.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.aarsrapport.support.ChildJvm;
import dk.aarsrapport.support.CliRun;
import dk.aarsrapport.support.TestDatabase;

/**
 * `schedule` in its own process with a cron of every second: the changed year is generated as soon
 * as the run holding it at start (the console's) lets go, and the schedule names that run's user while it
 * waits; an unchanged year is left alone, a time that passes during a run is skipped rather than
 * queued, and SIGTERM ends the process cleanly with no run left half-done.
 */
class ScheduleTest {

    static final Path FIXTURE = Path.of("src/test/resources/sample-2015-csv");

    @TempDir
    Path base;

    private static void awaitLine(List<String> lines, String text) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < deadline) {
            synchronized (lines) {
                if (lines.stream().anyMatch(l -> l.contains(text))) {
                    return;
                }
            }
            Thread.sleep(100);
        }
    }

    @Test
    void runsSkipsAndStopsCleanly() throws Exception {
        Path in = base.resolve("input/2015");
        dk.aarsrapport.support.Samples.copy(FIXTURE, in);
        ProcessBuilder pb = ChildJvm.program("schedule", "--cron", "* * * * * *").directory(base.toFile());
        pb.environment().put("AARSRAPPORT_DATA_DIR", base.resolve("data").toString());
        pb.environment().putAll(TestDatabase.environment());
        pb.redirectErrorStream(true);
        // a run of the console holds the year at start: the schedule says whose it is and leaves it
        dk.aarsrapport.publish.OutputLock held = dk.aarsrapport.publish.OutputLock
                .tryAcquire(base.resolve("output/2015"), "anna").orElseThrow();
        Process p = pb.start();
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        reader.start();
        awaitLine(lines, "[opstart] 2015: en anden kørsel bruger outputmappen");
        held.close();
        awaitLine(lines, "2015: COMPLETED");
        // a change makes the next second's run real: the scheduled run happens
        Path regnskab = in.resolve("regnskab.csv");
        Files.writeString(regnskab, Files.readString(regnskab, StandardCharsets.UTF_8)
                .replace("137.236;569", "137.237;570"), StandardCharsets.UTF_8);
        awaitLine(lines, "COMPLETED, 1 dannet");
        awaitLine(lines, "input uændret");
        Thread.sleep(1500);
        p.destroy(); // SIGTERM
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("ended after SIGTERM").isTrue();
        reader.join(5_000);
        String log = String.join("\n", lines);
        assertThat(log).contains("[opstart] 2015: danner årsberetning").contains("COMPLETED, 2 dannet");
        assertThat(log).containsPattern("\\[opstart\\] 2015: en anden kørsel bruger outputmappen, startet af anna "
                + "\\d+\\. \\p{L}+ \\d{4} kl\\. \\d{2}\\.\\d{2}; springes over\\.");
        assertThat(log).contains("er sprunget over: den forrige kørsel var ikke færdig");
        assertThat(log).contains("2015: input uændret siden sidste kørsel.").contains("COMPLETED, 1 dannet");
        // the clean stop: the process ended on SIGTERM (above), no run is left "kører" (history below),
        // no work folder is left behind
        assertThat(log).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(base.resolve("output/2015/aarsberetning-2015.pdf")).isRegularFile();
        try (Stream<Path> work = Files.walk(base.resolve("output"))) {
            assertThat(work.filter(f -> f.getFileName().toString().contains(".arbejde-"))).isEmpty();
        }
        CliRun history = CliRun.of(base.resolve("data"), "history", "--last", "5");
        assertThat(history.exit).isZero();
        assertThat(history.out).contains("færdig").doesNotContain("kører");
    }
}
