package dk.aarsrapport.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cold rows on a newer JDK (issue 18: "a faster path on a newer JDK that the machine also has"): the
 * extracted jar with the AOT cache that {@code mvn package -Daot.java=…} trains (pom.xml, profile aot-cache),
 * next to a bare JVM of the same JDK filling one report. Each row is the same command as its Java 17 row
 * above, so the two JDKs compare on one machine in one run.
 */
final class AotCacheRows {

    private static final Pattern VERSION = Pattern.compile("version \"([^\"]+)\"");

    private final Benchmark b;
    private final String java;

    AotCacheRows(Benchmark b, String java) {
        this.b = b;
        this.java = java;
    }

    /** {@code generate} is the forced run's arguments after {@code -jar <jar>}; {@code rerun} the unchanged run's. */
    void run(Path app, Path jar, int n, List<String> generate, List<String> rerun, Path data, Path out,
             String classpath) throws Exception {
        Path cache = app.resolve("aarsrapport.aot");
        if (!Files.isRegularFile(cache)) {
            b.note("The AOT cache not measured: the build made no " + cache + " (scripts/benchmark.sh passes "
                    + "-Daot.java when it finds a JDK 25 or newer).");
            return;
        }
        String version = version();
        double floor = Benchmark.median(n, () -> b.time(List.of(java, "-cp", classpath,
                "dk.aarsrapport.report.BareJasper", b.fresh("bare25").resolve("x.pdf").toString()), null).seconds());
        b.row("Bare JVM on Java " + version + ": load precompiled report, fill, export", Benchmark.s(floor), "", "",
                "", "");
        String floorName = "bare fill + export, Java " + version;
        List<String> cached = List.of("-XX:AOTCache=" + cache, "-jar", jar.toString());
        double cold = Benchmark.median(n, () -> b.time(command(cached, List.of(), generate), data).seconds());
        b.row("  cold `generate` of the sample, Java " + version + " + the build's AOT cache (target/app)",
                Benchmark.s(cold), floorName, Benchmark.s(floor), Benchmark.ratio(cold, floor), "≤ 2 ×");
        double coldC1 = Benchmark.median(n, () -> b.time(command(cached, List.of("-XX:TieredStopAtLevel=1"),
                generate), data).seconds());
        b.row("  the same, AOT cache + C1 only (-XX:TieredStopAtLevel=1)", Benchmark.s(coldC1), floorName,
                Benchmark.s(floor), Benchmark.ratio(coldC1, floor), "≤ 2 ×");
        double unchanged = Benchmark.median(n, () -> UnchangedRun.seconds(command(cached, List.of(), rerun), data,
                out));
        b.row("  the unchanged rerun, Java " + version + " + AOT cache", Benchmark.s(unchanged), floorName,
                Benchmark.s(floor), Benchmark.ratio(unchanged, floor), "≤ 1.5 ×");
        double unchangedC1 = Benchmark.median(n, () -> UnchangedRun.seconds(command(cached,
                List.of("-XX:TieredStopAtLevel=1"), rerun), data, out));
        b.row("  the unchanged rerun, AOT cache + C1 only", Benchmark.s(unchangedC1), floorName, Benchmark.s(floor),
                Benchmark.ratio(unchangedC1, floor), "≤ 1.5 ×");
    }

    /** {@code <this JDK's java> [options] -XX:AOTCache=… -jar <jar> args}. */
    private List<String> command(List<String> cached, List<String> options, List<String> args) {
        List<String> cmd = new ArrayList<>(List.of(java));
        cmd.addAll(options);
        cmd.addAll(cached);
        cmd.addAll(args);
        return cmd;
    }

    private String version() throws Exception {
        String out = b.time(List.of(java, "-version"), null).out();
        Matcher m = VERSION.matcher(out);
        return m.find() ? m.group(1) : java;
    }
}
