package dk.aarsrapport.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a second JVM on the tests' class path, for tests that must kill or stop a real process.
 * C1 only and the serial collector: such a process lives a few seconds, and C2's compile threads and a
 * parallel collector only compete with the test for the machine's two cores (a cold start is about 40 %
 * faster so, docs/performance.md); what the test observes is the same.
 */
public final class ChildJvm {

    private ChildJvm() {
    }

    public static ProcessBuilder of(String mainClass, String... args) {
        return of(List.of(), mainClass, args);
    }

    private static ProcessBuilder of(List<String> jvmOptions, String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    /** The program itself, as {@code java -jar} would start it. */
    public static ProcessBuilder program(String... args) {
        return of("dk.aarsrapport.AarsrapportApplication", args);
    }

    /**
     * The program in a JVM with {@code jvmOptions} (a heap limit) and the JIT it would have in production, for a
     * child that runs for minutes over a large input, where C1 alone would only make it slower.
     */
    public static ProcessBuilder longProgram(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dk.aarsrapport.AarsrapportApplication"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    /** As {@link #program}, with {@code tmpdir} as the JVM's java.io.tmpdir: a test can see what lands there. */
    public static ProcessBuilder program(Path tmpdir, String... args) {
        return of(List.of("-Djava.io.tmpdir=" + tmpdir.toAbsolutePath()), "dk.aarsrapport.AarsrapportApplication", args);
    }
}
