package dk.aarsrapport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import dk.aarsrapport.base.Manifest;
import dk.aarsrapport.bench.DataGenerator;
import dk.aarsrapport.support.ChildJvm;
import dk.aarsrapport.support.CliRun;
import dk.aarsrapport.support.Pdfs;
import dk.aarsrapport.support.TestDatabase;
import dk.aarsrapport.support.Tmpfs;

/**
 * A forced run of a generated 60-politikområde input, killed with SIGKILL at 20 random moments (a seeded
 * random: the seed and the moments are in every assertion's message; {@code -Daarsrapport.test.kill.seed=N}
 * repeats them), publishing included. The output folder is a tmpfs of its own, mounted by the test, so every
 * publish crosses from the parent's file system. After each kill every PDF opens, the manifest parses, the
 * child's java.io.tmpdir holds nothing, and the next run exits 0 and leaves no work folder behind.
 *
 * <p>About 15 minutes on the development machine (888 s measured, two cores shared with other builds: each
 * kill is a child JVM's cold start and part of a 33-second render, and each next run is one more), far over
 * the suite's budget, so it runs only where {@code -Daarsrapport.test.kills=true} is given: {@code .ci/run}.
 */
@EnabledIfSystemProperty(named = "aarsrapport.test.kills", matches = "true")
class RandomKillTest {

    static final int KILLS = 20;

    @TempDir
    Path tmp;

    private Process start(Path in, Path out, Path data, Path childTmp, Path log) throws IOException {
        ProcessBuilder pb = ChildJvm.program(childTmp, "generate", "--force", "--input", in.toString(), "--output",
                out.toString());
        pb.environment().put("AARSRAPPORT_DATA_DIR", data.toString());
        pb.environment().putAll(TestDatabase.environment());
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        return pb.start();
    }

    private static List<String> entries(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> !p.equals(dir)).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    /** What runs leave in or beside the output folder: work folders, hidden copies, process temp folders. */
    private static List<String> leftovers(Path outputs) throws IOException {
        return entries(outputs).stream().filter(n -> n.contains(".arbejde-")).toList();
    }

    @Test
    void killedAtRandomMomentsEveryFileIsWholeAndTheNextRunCompletes() throws Exception {
        Path in = tmp.resolve("input/2015");
        new DataGenerator(new DataGenerator.Spec("Benchmark Kommune", 2015, 60, 8, 15)).writeCsv(in);
        Path data = tmp.resolve("data");
        Path childTmp = Files.createDirectories(tmp.resolve("child-tmp"));
        Path log = tmp.resolve("child.log");
        Path outputs = tmp.resolve("output");
        try (Tmpfs disk = Tmpfs.mount(outputs.resolve("2015"), "256m")) {
            Path out = disk.dir();
            long t0 = System.nanoTime();
            Process first = start(in, out, data, childTmp, log);
            long publishAt = -1;
            while (!first.waitFor(20, TimeUnit.MILLISECONDS)) {
                if (publishAt < 0 && Files.readString(log, StandardCharsets.UTF_8).contains("Udgiver til")) {
                    publishAt = (System.nanoTime() - t0) / 1_000_000;
                }
            }
            long whole = (System.nanoTime() - t0) / 1_000_000;
            assertThat(first.exitValue()).as(Files.readString(log)).isZero();
            assertThat(entries(childTmp)).as("the child's java.io.tmpdir after a whole run").isEmpty();
            long publishFrom = publishAt < 0 ? whole * 9 / 10 : publishAt;

            long seed = Long.getLong("aarsrapport.test.kill.seed", System.nanoTime());
            Random random = new Random(seed);
            List<String> kills = new ArrayList<>();
            Supplier<String> told = () -> "seed " + seed + " (-Daarsrapport.test.kill.seed=" + seed + "), whole run "
                    + whole + " ms, publishing from " + publishFrom + " ms; kills: " + kills;
            for (int i = 0; i < KILLS; i++) {
                // every fourth in the publishing, where a kill can leave a file half-moved; the rest anywhere
                long moment = i % 4 == 3 ? publishFrom + random.nextLong(Math.max(1, whole - publishFrom))
                        : random.nextLong(whole);
                Process p = start(in, out, data, childTmp, log);
                boolean ended = p.waitFor(moment, TimeUnit.MILLISECONDS);
                p.destroyForcibly();
                assertThat(p.waitFor(60, TimeUnit.SECONDS)).as(told).isTrue();
                List<String> phases = Files.readAllLines(log, StandardCharsets.UTF_8);
                kills.add(moment + " ms" + (ended ? " (ended first)" : " after \"" + (phases.isEmpty() ? ""
                        : phases.get(phases.size() - 1).strip()) + "\""));

                for (String f : entries(out)) {
                    if (f.endsWith(".pdf") && !f.contains(".arbejde-")) {
                        assertThat(Pdfs.pages(out.resolve(f))).as(() -> f + " whole; " + told.get()).isPositive();
                    }
                }
                assertThat(Manifest.read(out)).as(told).isPresent();
                // the JDK's font copies alone (it writes them where the JVM started, see ProcessTemp); nothing else
                assertThat(entries(childTmp)).as(() -> "the child's java.io.tmpdir after the kill; " + told.get())
                        .allMatch(n -> n.matches("\\+~JF\\d+\\.tmp"));

                CliRun next = CliRun.of(data, "generate", "--input", in.toString(), "--output", out.toString());
                assertThat(next.exit).as(() -> next + "\n" + told.get()).isZero();
                assertThat(leftovers(outputs)).as(told).isEmpty();
                assertThat(entries(childTmp)).as(() -> "the child's java.io.tmpdir after the next run; " + told.get())
                        .isEmpty();
            }
        }
    }
}
