package dk.aarsrapport.job;

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

import dk.aarsrapport.support.ChildJvm;
import dk.aarsrapport.base.Sha256;
import dk.aarsrapport.support.CliRun;
import dk.aarsrapport.support.Pdfs;

/**
 * Kills a real {@code generate} process with SIGKILL in each phase (ingest, validation, rendering,
 * joining, publishing) and shows each time that the previous output was left as it was (or, once
 * publishing began, that every file is whole), that the next run exits 0 with the output of a clean
 * run, and that no work folder and no temp file is left behind. Two concurrent runs: exactly one proceeds.
 */
class CrashSafetyTest {

    static final Path FIXTURE = Path.of("src/test/resources/sample-2015-csv");
    static final List<String> PHASES = List.of("Læser", "Validerer", "Danner PDF", "Samler", "Udgiver");

    @TempDir
    Path tmp;

    private Path copyFixture(Path in, boolean changed) throws IOException {
        dk.aarsrapport.support.Samples.copy(FIXTURE, in);
        if (changed) {
            Path r = in.resolve("regnskab.csv");
            Files.writeString(r, Files.readString(r, StandardCharsets.UTF_8).replace("137.236;569", "137.237;570"),
                    StandardCharsets.UTF_8);
        }
        return in;
    }

    /** The killed processes' java.io.tmpdir: what a run puts there is what a kill would leave in /tmp. */
    private Path childTmp() throws IOException {
        return Files.createDirectories(tmp.resolve("child-tmp"));
    }

    private static List<String> entries(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private Process start(Path in, Path out, Path data) throws IOException {
        ProcessBuilder pb = ChildJvm.program(childTmp(), "generate", "--year", "2015", "--input", in.toString(),
                "--output", out.toString());
        pb.environment().put("AARSRAPPORT_DATA_DIR", data.toString());
        pb.environment().putAll(dk.aarsrapport.support.TestDatabase.environment());
        pb.redirectErrorStream(true);
        return pb.start();
    }

    /** Runs until a console line starts with {@code marker}, then SIGKILL; returns whether the marker was seen. */
    private boolean killAt(Process p, String marker) throws IOException, InterruptedException {
        boolean seen = false;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.strip().startsWith(marker)) {
                    seen = true;
                    break;
                }
            }
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
        return seen;
    }

    /**
     * A run to the end, in this JVM: only the run that is killed needs a process of its own, and a warm JVM
     * makes the run after each kill a second instead of a cold start.
     */
    private static int runToEnd(Path in, Path out, Path data) {
        CliRun r = CliRun.of(data, "generate", "--year", "2015", "--input", in.toString(), "--output", out.toString());
        assertThat(r.err).as(r.toString()).doesNotContain("Intern fejl");
        return r.exit;
    }

    private static Map<String, String> hashes(Path out) throws IOException {
        Map<String, String> m = new TreeMap<>();
        if (!Files.isDirectory(out)) {
            return m;
        }
        try (Stream<Path> files = Files.walk(out)) {
            // the published files: a killed run's hidden work folder inside the output folder is not one of them
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !out.relativize(f).toString()
                    .contains(".arbejde-")).toList()) {
                m.put(out.relativize(f).toString(), Sha256.of(f));
            }
        }
        return m;
    }

    /** What a reader sees: every PDF's text and the validation CSV, by file. */
    private static Map<String, String> content(Path out) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = out.relativize(f).toString();
                if (name.endsWith(".pdf")) {
                    m.put(name, Pdfs.text(f));
                } else if (name.equals("validering.csv")) {
                    m.put(name, Files.readString(f, StandardCharsets.UTF_8));
                }
            }
        }
        return m;
    }

    /** Work folders, hidden copies and process temp folders, in the output folder or beside it. */
    private static List<Path> workFolders(Path parent) throws IOException {
        try (Stream<Path> files = Files.walk(parent)) {
            return files.filter(p -> p.getFileName().toString().contains(".arbejde-")).toList();
        }
    }

    @Test
    void killedInEveryPhaseTheNextRunRecovers() throws Exception {
        Map<Boolean, Map<String, String>> clean = new TreeMap<>();
        for (boolean changed : new boolean[] {false, true}) {
            Path in = copyFixture(tmp.resolve("ref-" + changed + "/input/2015"), changed);
            Path out = tmp.resolve("ref-" + changed + "/output/2015");
            CliRun r = CliRun.of(tmp.resolve("ref-" + changed + "/data"), "generate", "--input", in.toString(),
                    "--output", out.toString());
            assertThat(r.exit).as(r.toString()).isZero();
            clean.put(changed, content(out));
        }
        Path in = tmp.resolve("input/2015");
        Path out = tmp.resolve("output/2015");
        Path data = tmp.resolve("data");
        copyFixture(in, false);
        assertThat(runToEnd(in, out, data)).isZero();
        boolean changed = false;
        List<String> report = new ArrayList<>();
        for (String phase : PHASES) {
            changed = !changed;
            copyFixture(in, changed);
            Map<String, String> before = hashes(out);
            boolean seen = killAt(start(in, out, data), phase);
            assertThat(seen).as("phase %s reached", phase).isTrue();
            Map<String, String> after = hashes(out);
            if (!phase.equals("Udgiver")) {
                assertThat(after).as("output untouched when killed at %s", phase).isEqualTo(before);
            } else {
                for (String f : after.keySet()) {
                    if (f.endsWith(".pdf")) {
                        assertThat(Pdfs.pages(out.resolve(f))).as("whole file %s", f).isPositive();
                    }
                }
            }
            // at most the JDK's font copies (ProcessTemp says why), which the next run removes
            assertThat(entries(childTmp())).as("java.io.tmpdir after the kill at %s", phase)
                    .allMatch(n -> n.matches("\\+~JF\\d+\\.tmp"));
            assertThat(runToEnd(in, out, data)).as("run after kill at %s", phase).isZero();
            assertThat(entries(childTmp())).as("java.io.tmpdir after the run after the kill at %s", phase).isEmpty();
            assertThat(content(out)).as("output after kill at %s equals a clean run", phase)
                    .isEqualTo(clean.get(changed));
            assertThat(workFolders(out.getParent())).as("work folders after %s", phase).isEmpty();
            report.add(phase + ": ok");
        }
        assertThat(report).hasSize(PHASES.size());
    }

    @Test
    void twoConcurrentRunsExactlyOneProceeds() throws Exception {
        Path in = copyFixture(tmp.resolve("c/input/2015"), false);
        Path out = tmp.resolve("c/output/2015");
        Process a = start(in, out, tmp.resolve("c/data-a"));
        Process b = start(in, out, tmp.resolve("c/data-b"));
        a.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        b.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertThat(a.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(b.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(List.of(a.exitValue(), b.exitValue())).containsExactlyInAnyOrder(0, 4);
    }
}
