package dk.aarsrapport.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The benchmark of issue 8: every figure next to its baseline, measured in the same run on the same
 * machine, each in a JVM of its own (see {@link BenchChild}). Prints a table and writes it, with the
 * machine's description, to docs/performance.md. Started by scripts/benchmark.sh.
 *
 * <p>Arguments: {@code <jar> <classpath-file> <markdown-out> [--quick] [--only <part>]}; --quick shrinks every
 * input (a smoke test of the harness, not figures to quote); --only runs one part (warm, cold, ingest, ledger,
 * web, denmark, big) and replaces only that part's rows of the markdown, the others kept as they were.
 */
public final class Benchmark {

    private final Path jar;
    private final String classpath;
    private final boolean quick;
    private final String only;
    private final Path work;
    private Path markdown;
    private final List<String[]> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private Benchmark(Path jar, String classpath, boolean quick, String only, Path work) {
        this.jar = jar;
        this.classpath = classpath;
        this.quick = quick;
        this.only = only;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        String classpath = Files.readString(Path.of(args[1])).trim();
        Path markdown = Path.of(args[2]);
        List<String> options = List.of(args).subList(3, args.length);
        boolean quick = options.contains("--quick");
        int o = options.indexOf("--only");
        String only = o >= 0 && o + 1 < options.size() ? options.get(o + 1) : null;
        if (only != null && !PARTS.contains(only)) {
            throw new IllegalArgumentException("--only takes one of " + PARTS + ", not " + only);
        }
        Path work = Files.createTempDirectory("aarsrapport-bench");
        Benchmark b = new Benchmark(jar, classpath, quick, only, work);
        b.markdown = markdown;
        b.notes.add("Load average at the start: " + loadAverage()
                + " (other processes on the machine slow every figure, the baselines too).");
        try {
            if (b.runs("warm")) {
                b.warm();
            }
            if (b.runs("cold")) {
                b.cold();
            }
            if (b.runs("ingest")) {
                b.ingest();
            }
            if (b.runs("ledger")) {
                new LedgerBench(b).run();
            }
            if (b.runs("web")) {
                new WebBench(b).run();
            }
            if (b.runs("denmark")) {
                b.denmark();
            }
            if (b.runs("big")) {
                b.bigReport();
            }
        } finally {
            b.notes.add("Load average at the end: " + loadAverage() + ".");
            b.print();
            if (only == null) {
                b.writeMarkdown(markdown);
            } else {
                b.replaceRows(markdown);
            }
            deleteTree(work);
        }
    }

    private static final List<String> PARTS = List.of("warm", "cold", "ingest", "ledger", "web", "denmark", "big");

    private boolean runs(String part) {
        return only == null || only.equals(part);
    }

    /** With --only: the rows measured so far into the markdown, so a run stopped later keeps them. */
    void saveSoFar() throws IOException {
        if (only != null) {
            replaceRows(markdown);
        }
    }

    /** A line under the table: what was not measured, and why. */
    void note(String line) {
        notes.add(line);
    }

    boolean quick() {
        return quick;
    }

    // ---- measurements ------------------------------------------------------------------------

    private void warm() throws Exception {
        int areas = quick ? 6 : 40;
        int runs = quick ? 2 : 6;
        for (boolean pdfa : new boolean[] {false, true}) {
            double oneThread = 0;
            double oneThreadFloor = 0;
            for (int threads : new int[] {1, 2}) {
                Map<String, String> r = child(List.of("-Xmx1g", "-Daarsrapport.render.threads=" + threads,
                        "-Daarsrapport.pdfa=" + pdfa), "warm", fresh("warm"), areas, 15, runs);
                double job = d(r, "perArea.job");
                double floor = d(r, pdfa ? "bare.pdfa" : "bare.plain");
                String what = (pdfa ? "PDF/A-2a + PDF/UA-1" : "plain PDF") + ", " + threads
                        + (threads == 1 ? " render thread" : " render threads");
                row("Per politikområde, warm, everything (" + what + ")", ms(job),
                        "bare Jasper fill + " + (pdfa ? "tagged PDF/A export + finishing" : "export"), ms(floor),
                        ratio(job, floor), pdfa ? "≤ 2 ×" : "≤ 1.25 ×");
                if (threads == 1) {
                    oneThread = job;
                    oneThreadFloor = floor;
                    row("  of which ingest + staging / validation", ms(d(r, "perArea.ingestStep")) + " / "
                            + ms(d(r, "perArea.validateStep")), "", "", "", "");
                    row("  render (fill, export, finishing, print kept) / whole report + packs",
                            ms(d(r, "perArea.renderStep")) + " / " + ms(d(r, "perArea.assembleStep")), "", "", "", "");
                    row("  publish (move, validation report, manifest)", ms(d(r, "perArea.publishStep")),
                            "", "", "", "");
                } else {
                    row("Throughput, " + what, String.format(Locale.ROOT, "%.1f politikområder/s", 1000 / job),
                            "the same, 1 render thread", String.format(Locale.ROOT, "%.1f/s", 1000 / oneThread),
                            ratio(oneThread, job), "≥ 1.7 ×");
                    // what two threads give on this machine when nothing but JasperReports runs: the ceiling
                    row("  bare Jasper, " + threads + " threads", String.format(Locale.ROOT, "%.1f/s", 1000 / floor),
                            "bare Jasper, 1 thread", String.format(Locale.ROOT, "%.1f/s", 1000 / oneThreadFloor),
                            ratio(oneThreadFloor, floor), "");
                }
            }
        }
    }

    private void cold() throws Exception {
        int n = quick ? 1 : 5;
        Path sample = Path.of("input/2015").toAbsolutePath();
        double bareStart = median(n, () -> time(List.of(java(), "-version"), null).seconds);
        double bareFill = median(n, () -> time(List.of(java(), "-cp", classpath, "dk.aarsrapport.report.BareJasper",
                fresh("bare").resolve("x.pdf").toString()), null).seconds);
        row("Bare JVM start (java -version)", s(bareStart), "", "", "", "");
        row("Bare JVM: load precompiled report, fill, export", s(bareFill), "", "", "", "");
        Path out = fresh("cold-out");
        double coldFresh = median(n, () -> time(List.of(java(), "-jar", jar.toString(), "generate", "--year", "2015",
                "--input", sample.toString(), "--output", out.toString(), "--force"), fresh("cold-data")).seconds);
        row("Cold `java -jar … generate` of the 2015 sample, new database", s(coldFresh), "bare fill + export",
                s(bareFill), ratio(coldFresh, bareFill), "≤ 2 ×");
        Path data = fresh("cold-data-kept");
        time(List.of(java(), "-jar", jar.toString(), "generate", "--year", "2015", "--input", sample.toString(),
                "--output", out.toString(), "--force"), data);
        double coldKept = median(n, () -> time(List.of(java(), "-jar", jar.toString(), "generate", "--year", "2015",
                "--input", sample.toString(), "--output", out.toString(), "--force"), data).seconds);
        row("  the same, database of earlier runs (the nightly case)", s(coldKept), "bare fill + export", s(bareFill),
                ratio(coldKept, bareFill), "≤ 2 ×");
        // the nightly run when nothing changed: the same data folder and output, without --force
        List<String> rerun = List.of("-jar", jar.toString(), "generate", "--year", "2015", "--input", sample.toString(),
                "--output", out.toString());
        double unchanged = median(n, () -> UnchangedRun.seconds(jvm(rerun), data, out));
        row("Unchanged rerun: cold `java -jar … generate` of the 2015 sample, input as before (nothing drawn)",
                s(unchanged), "bare fill + export", s(bareFill), ratio(unchanged, bareFill), "≤ 1.5 ×");
        double unchangedC1 = median(n, () -> UnchangedRun.seconds(jvm(rerun, "-XX:TieredStopAtLevel=1"), data, out));
        row("  the unchanged rerun, C1 only (-XX:TieredStopAtLevel=1)", s(unchangedC1), "bare fill + export",
                s(bareFill), ratio(unchangedC1, bareFill), "≤ 1.5 ×");
        // class-data sharing as mvn package leaves it: the extracted jar in target/app and the archive of its
        // training run (pom.xml, cds-training-run), so the figures are those of what a kommune installs
        Path app = jar.toAbsolutePath().getParent().resolve("app");
        Path appJar = app.resolve(jar.getFileName().toString());
        Path jsa = app.resolve("aarsrapport.jsa");
        if (!Files.isRegularFile(appJar) || !Files.isRegularFile(jsa)) {
            notes.add("Class-data sharing not measured: the build made no " + jsa + " (built with -Dcds.skip=true?).");
            return;
        }
        double coldCds = median(n, () -> time(List.of(java(), "-XX:SharedArchiveFile=" + jsa, "-Xshare:auto", "-jar",
                appJar.toString(), "generate", "--year", "2015", "--input", sample.toString(), "--output", out.toString(),
                "--force"), data).seconds);
        row("  the same, extracted jar + the build's AppCDS archive (target/app)", s(coldCds), "bare fill + export", s(bareFill),
                ratio(coldCds, bareFill), "≤ 2 ×");
        double coldCdsC1 = median(n, () -> time(List.of(java(), "-XX:SharedArchiveFile=" + jsa, "-Xshare:auto",
                "-XX:TieredStopAtLevel=1", "-jar", appJar.toString(), "generate", "--year", "2015", "--input",
                sample.toString(), "--output", out.toString(), "--force"), data).seconds);
        row("  the same, AppCDS + C1 only (-XX:TieredStopAtLevel=1)", s(coldCdsC1), "bare fill + export", s(bareFill),
                ratio(coldCdsC1, bareFill), "≤ 2 ×");
        List<String> cdsRerun = new ArrayList<>(List.of("-XX:SharedArchiveFile=" + jsa, "-Xshare:auto", "-jar",
                appJar.toString()));
        cdsRerun.addAll(rerun.subList(2, rerun.size()));
        double unchangedCds = median(n, () -> UnchangedRun.seconds(jvm(cdsRerun), data, out));
        row("  the unchanged rerun, extracted jar + AppCDS archive", s(unchangedCds), "bare fill + export", s(bareFill),
                ratio(unchangedCds, bareFill), "≤ 1.5 ×");
        double unchangedCdsC1 = median(n, () -> UnchangedRun.seconds(jvm(cdsRerun, "-XX:TieredStopAtLevel=1"), data,
                out));
        row("  the unchanged rerun, AppCDS + C1 only", s(unchangedCdsC1), "bare fill + export", s(bareFill),
                ratio(unchangedCdsC1, bareFill), "≤ 1.5 ×");
        String aotJava = System.getProperty("bench.aot.java", "");
        if (aotJava.isEmpty()) {
            notes.add("The Java 25 AOT cache not measured: no JDK 25 or newer found (scripts/benchmark.sh, AOT_JAVA).");
            return;
        }
        List<String> generate = List.of("generate", "--year", "2015", "--input", sample.toString(), "--output",
                out.toString(), "--force");
        new AotCacheRows(this, aotJava).run(app, appJar, n, generate, rerun.subList(2, rerun.size()), data, out,
                classpath);
    }

    /** {@code java}, then {@code options} (JVM flags first), then {@code args}. */
    private static List<String> jvm(List<String> args, String... options) {
        List<String> cmd = new ArrayList<>(List.of(java()));
        cmd.addAll(List.of(options));
        cmd.addAll(args);
        return cmd;
    }

    private void ingest() throws Exception {
        int[][] sizes = quick ? new int[][] {{10, 100}} : new int[][] {{100, 100}, {100, 1000}, {1000, 1000}};
        for (String format : new String[] {"xlsx", "csv"}) {
            for (int[] size : sizes) {
                Path input = fresh("ingest-" + format).resolve("2031");
                DataGenerator g = new DataGenerator(new DataGenerator.Spec("Benchmark Kommune", 2031, size[0], size[1], 3));
                if (format.equals("xlsx")) {
                    g.writeXlsx(input.resolve("stor.xlsx"));
                } else {
                    g.writeCsv(input);
                }
                Map<String, String> r = child(List.of("-Xmx256m"), "ingest", fresh("ingest-run"), format, input);
                long regnskab = (long) size[0] * (size[1] + 1);
                double perSecond = regnskab / d(r, "seconds");
                row("Ingest " + format + ", " + String.format(Locale.ROOT, "%,d", regnskab) + " Regnskab rows (-Xmx256m)",
                        String.format(Locale.ROOT, "%,.0f rows/s, %s s, heap %s MB", perSecond, r.get("seconds").substring(0,
                                Math.min(5, r.get("seconds").length())), r.get("peakHeapMb")),
                        "", "", "", format.equals("xlsx") ? "≥ 100,000/s" : "≥ 300,000/s");
                deleteTree(input.getParent());
            }
        }
    }

    private void denmark() throws Exception {
        int kommuner = quick ? 3 : 98;
        int areas = quick ? 3 : 25;
        Path root = fresh("danmark");
        for (int k = 1; k <= kommuner; k++) {
            DataGenerator g = new DataGenerator(new DataGenerator.Spec("Kommune " + k, 2031, areas, 15, k));
            Path folder = root.resolve(String.format("kommune-%03d", k)).resolve("2031");
            if (k % 2 == 0) {
                g.writeXlsx(folder.resolve("aarsregnskab.xlsx"));
            } else {
                g.writeCsv(folder);
            }
        }
        Map<String, String> r = child(List.of("-Xmx1g"), "kommuner", fresh("danmark-run"), root, 2031);
        double seconds = d(r, "seconds");
        row("All of Denmark: " + kommuner + " kommuner × " + areas + " politikområder, whole reports and packs (-Xmx1g)",
                String.format(Locale.ROOT, "%.0f s, RSS %s MB", seconds, r.get("peakRssMb")), "", "", "", "≤ 120 s");
    }

    /**
     * Cost growth (issue 18): one kommune at 10, 100 and 1,000 politikområder, each with its packs (a leader's pack
     * for every fifth, so recipients grow with it), timed per run in one warm JVM. The 10-politikområde run's cost
     * per politikområde is the baseline of the larger ones: flat means ratio ≈ 1. The warm JVM has 1 GB, so the
     * figures are about cost, not about the heap; the largest report's 512 MB is a row of its own, in a JVM of its
     * own, and a run that does not fit is written as such, not left out.
     */
    private void bigReport() throws Exception {
        int[] sizes = quick ? new int[] {3, 6, 20} : new int[] {10, 100, 1000};
        Path root = fresh("stor");
        for (int areas : sizes) {
            new DataGenerator(new DataGenerator.Spec("Stor Kommune", 2031, areas, 15, 11))
                    .writeCsv(root.resolve(String.format(Locale.ROOT, "n-%05d/2031", areas)));
        }
        Map<String, String> r = child(List.of("-Xmx1g"), "growth", fresh("stor-run"), root, 2031);
        double basePer = 0;
        for (int areas : sizes) {
            String name = String.format(Locale.ROOT, "n-%05d", areas);
            double seconds = d(r, "seconds." + name);
            double per = seconds * 1000 / areas;
            String value = String.format(Locale.ROOT, "%.1f s, %.1f ms per politikområde, %s files, %s MB live after",
                    seconds, per, r.get("files." + name), r.get("liveMb." + name));
            String measured = "Cost growth: whole run of " + areas + " politikområder with packs, warm (-Xmx1g)";
            if (basePer == 0) {
                basePer = per;
                row(measured, value, "", "", "", "flat per politikområde");
            } else {
                row(measured, value, "the " + sizes[0] + "-politikområde run, per politikområde",
                        String.format(Locale.ROOT, "%.1f ms", basePer), ratio(per, basePer), "flat (≈ 1 ×)");
            }
        }
        int largest = sizes[sizes.length - 1];
        Path alone = fresh("stor-alone");
        // the largest folder of the growth runs, as the one kommune of a root of its own
        Files.createSymbolicLink(alone.resolve("k"), root.resolve(String.format(Locale.ROOT, "n-%05d", largest)));
        String measured = "Whole report of " + largest + " politikområder, with packs, cold JVM (-Xmx512m)";
        try {
            Map<String, String> big = child(List.of("-Xmx512m"), "kommuner", fresh("stor-run"), alone, 2031);
            row(measured, String.format(Locale.ROOT, "%.0f s, heap %s MB, RSS %s MB", d(big, "seconds"),
                    big.get("peakHeapMb"), big.get("peakRssMb")), "", "", "", "runs in 512 MB");
        } catch (IllegalStateException e) {
            String why = e.getMessage().contains("OutOfMemoryError") ? "ran out of memory (OutOfMemoryError)"
                    : "failed: " + e.getMessage().lines().findFirst().orElse("");
            row(measured, why, "", "", "", "runs in 512 MB");
        }
    }

    // ---- processes ---------------------------------------------------------------------------

    record Result(int exit, double seconds, String out) {
    }

    Map<String, String> child(List<String> jvm, String mode, Object... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(java());
        cmd.addAll(jvm);
        cmd.add("-cp");
        cmd.add(classpath);
        cmd.add(BenchChild.class.getName());
        cmd.add(mode);
        for (Object a : args) {
            cmd.add(a.toString());
        }
        System.err.println("… " + mode + " " + String.join(" ", jvm) + " " + List.of(args));
        Result r = time(cmd, null);
        Map<String, String> results = new LinkedHashMap<>();
        for (String line : r.out.split("\n")) {
            if (line.startsWith("RESULT ")) {
                String[] kv = line.split(" ", 3);
                results.put(kv[1], kv[2].trim());
            }
        }
        if (r.exit != 0) {
            throw new IllegalStateException(mode + " failed (exit " + r.exit + "):\n" + tail(r.out));
        }
        return results;
    }

    /** Runs a command, wall time measured around it; {@code dataDir} sets AARSRAPPORT_DATA_DIR. */
    Result time(List<String> cmd, Path dataDir) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        if (dataDir != null) {
            pb.environment().put("AARSRAPPORT_DATA_DIR", dataDir.toString());
        }
        long t0 = System.nanoTime();
        Process p = pb.start();
        StringBuilder out = new StringBuilder();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                out.append(line).append('\n');
            }
        }
        int exit = p.waitFor();
        return new Result(exit, (System.nanoTime() - t0) / 1e9, out.toString());
    }

    interface Measure {
        double run() throws Exception;
    }

    static double median(int n, Measure m) throws Exception {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            values.add(m.run());
        }
        return BenchChild.median(values);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    Path fresh(String name) throws IOException {
        return Files.createTempDirectory(work, name);
    }

    // ---- output ------------------------------------------------------------------------------

    void row(String measured, String value, String baseline, String baselineValue, String ratio, String target) {
        rows.add(new String[] {measured, value, baseline, baselineValue, ratio, target});
        System.err.println("  " + measured + ": " + value + (baseline.isEmpty() ? "" : "  vs " + baseline + " "
                + baselineValue + "  " + ratio));
    }

    private void print() {
        String[] head = {"Measured", "Value", "Baseline (same run)", "Baseline value", "Ratio", "Target"};
        int[] w = new int[head.length];
        for (String[] r : withHead(head)) {
            for (int i = 0; i < r.length; i++) {
                w[i] = Math.max(w[i], r[i].length());
            }
        }
        for (String[] r : withHead(head)) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                sb.append(String.format("%-" + w[i] + "s", r[i])).append(i < r.length - 1 ? " | " : "");
            }
            System.out.println(sb.toString().stripTrailing());
        }
        notes.forEach(System.out::println);
    }

    private List<String[]> withHead(String[] head) {
        List<String[]> all = new ArrayList<>();
        all.add(head);
        all.addAll(rows);
        return all;
    }

    private void writeMarkdown(Path file) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Performance\n\n")
                .append("Written by `scripts/benchmark.sh")
                .append(quick ? " --quick` (a smoke run: small inputs, figures not to quote)" : "`")
                .append(" on ").append(LocalDate.now()).append(". Every figure is measured in the same run as its ")
                .append("baseline, each in a JVM of its own. Per-politikområde figures are medians over the ")
                .append("timed runs after warm-up; cold starts are medians of ").append(quick ? 1 : 5).append(".\n\n")
                .append("## Machine\n\n").append(machine()).append('\n')
                .append("## Results\n\n")
                .append("| Measured | Value | Baseline (same run) | Baseline value | Ratio | Target |\n")
                .append("|---|---|---|---|---|---|\n");
        for (String[] r : rows) {
            md.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        if (!notes.isEmpty()) {
            md.append('\n');
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        String existing = Files.exists(file) ? Files.readString(file) : "";
        int analysis = existing.indexOf("\n## Analysis");
        if (analysis >= 0) {
            md.append(existing.substring(analysis)); // the hand-written part survives a regeneration
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, md);
    }

    /**
     * For --only: the file as it was, with this part's rows replaced where they stood (a row is this part's
     * when it has the same Measured text, or for the ledger when it starts with "Ledger ") and a note saying
     * when they were measured. Without a table yet, the whole file is written.
     */
    private void replaceRows(Path file) throws IOException {
        String existing = Files.exists(file) ? Files.readString(file) : "";
        if (!existing.contains("\n|---|")) {
            writeMarkdown(file);
            return;
        }
        java.util.Set<String> measured = new java.util.HashSet<>();
        rows.forEach(r -> measured.add(r[0].trim())); // the table keeps a sub-row's indent, the label read back does not
        String notePrefix = "- The " + only + " rows: ";
        List<String> out = new ArrayList<>();
        boolean inserted = false;
        boolean inTable = false;
        boolean noted = false;
        String note = notePrefix + "`scripts/benchmark.sh " + (quick ? "--quick " : "") + "--only " + only + "` on "
                + LocalDate.now() + ". " + String.join(" ", notes);
        List<String> lines = List.of(existing.split("\n", -1));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("|---|")) {
                inTable = true;
                out.add(line);
                continue;
            }
            if (inTable && line.startsWith("| ")) {
                String first = line.substring(2, Math.max(2, line.indexOf(" | ", 2))).trim();
                boolean ours = measured.contains(first) || (only.equals("ledger") && first.startsWith("Ledger "));
                if (ours && !inserted) {
                    rows.forEach(r -> out.add("| " + String.join(" | ", r) + " |"));
                    inserted = true;
                }
                if (!ours) {
                    out.add(line);
                }
                continue;
            }
            if (inTable) {
                inTable = false;
                if (!inserted) {
                    rows.forEach(r -> out.add("| " + String.join(" | ", r) + " |"));
                    inserted = true;
                }
            }
            if (line.startsWith(notePrefix)) {
                out.add(note);
                noted = true;
                continue;
            }
            if (!noted && inserted && line.startsWith("## Analysis")) {
                int at = out.size();
                while (at > 0 && out.get(at - 1).isEmpty()) {
                    at--; // after the other notes, as one more of them
                }
                out.add(at, note);
                noted = true;
            }
            out.add(line);
        }
        Files.writeString(file, String.join("\n", out));
    }

    private static String machine() {
        StringBuilder sb = new StringBuilder();
        sb.append("- CPU: ").append(firstMatch(Path.of("/proc/cpuinfo"), "model name")).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores\n");
        sb.append("- Memory: ").append(firstMatch(Path.of("/proc/meminfo"), "MemTotal")).append('\n');
        sb.append("- Java: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.runtime.version")).append('\n');
        sb.append("- OS: ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"))
                .append('\n');
        return sb.toString();
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " / " + f[1] + " / " + f[2] + " (1 / 5 / 15 min)";
        } catch (IOException e) {
            return "?";
        }
    }

    private static String firstMatch(Path file, String key) {
        try {
            return Files.readAllLines(file).stream().filter(l -> l.startsWith(key)).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    private static double d(Map<String, String> r, String key) {
        String v = r.get(key);
        if (v == null) {
            throw new IllegalStateException("no figure " + key + " in " + r);
        }
        return Double.parseDouble(v);
    }

    private static String ms(double v) {
        return String.format(Locale.ROOT, "%.1f ms", v);
    }

    static String s(double v) {
        return String.format(Locale.ROOT, "%.2f s", v);
    }

    static String ratio(double v, double base) {
        return String.format(Locale.ROOT, "%.2f ×", v / base);
    }

    private static String tail(String s) {
        return s.length() > 4000 ? s.substring(s.length() - 4000) : s;
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
