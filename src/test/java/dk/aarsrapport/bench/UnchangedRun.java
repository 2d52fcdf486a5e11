package dk.aarsrapport.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One cold {@code generate} without {@code --force} on an output folder a previous run left, timed. A figure
 * for "nothing drawn" that drew something would measure the forced run again, so each run is checked: the
 * summary must say that no politikområde was drawn, and no PDF under the output folder may have been
 * rewritten (same set of files, same modification times).
 */
final class UnchangedRun {

    private static final Pattern NOTHING_DRAWN = Pattern.compile("Færdig på .*: 0 af \\d+ politikområder dannet");

    private UnchangedRun() {
    }

    /** The run's wall time in seconds; {@code dataDir} becomes AARSRAPPORT_DATA_DIR. */
    static double seconds(List<String> cmd, Path dataDir, Path output) throws IOException, InterruptedException {
        if (cmd.contains("--force")) {
            throw new IllegalArgumentException("an unchanged rerun is one without --force: " + cmd);
        }
        Map<Path, FileTime> before = pdfs(output);
        if (before.isEmpty()) {
            throw new IllegalStateException("no PDFs of a previous run in " + output);
        }
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("AARSRAPPORT_DATA_DIR", dataDir.toString());
        long t0 = System.nanoTime();
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (exit != 0 || !NOTHING_DRAWN.matcher(out).find()) {
            throw new IllegalStateException("the rerun was not one that draws nothing (exit " + exit + "):\n" + out);
        }
        Map<Path, FileTime> after = pdfs(output);
        if (!after.equals(before)) {
            throw new IllegalStateException("the rerun rewrote PDFs in " + output + ":\n" + before + "\n" + after);
        }
        return seconds;
    }

    private static Map<Path, FileTime> pdfs(Path root) throws IOException {
        Map<Path, FileTime> times = new TreeMap<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(f -> f.toString().endsWith(".pdf")).forEach(files::add);
        }
        for (Path f : files) {
            times.put(root.relativize(f), Files.getLastModifiedTime(f));
        }
        return times;
    }
}
