package dk.aarsrapport.support;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import dk.aarsrapport.cli.Cli;

/** Runs the program as the command line does, with its own database, and keeps what it printed. */
public final class CliRun {

    public final int exit;
    public final String out;
    public final String err;

    private CliRun(int exit, String out, String err) {
        this.exit = exit;
        this.out = out;
        this.err = err;
    }

    public static CliRun of(Path dataDir, String... args) {
        return with(java.util.List.of(), dataDir, args);
    }

    /** As {@link #of}, with extra Spring settings (such as the SMTP server), as an operator's environment gives them. */
    public static CliRun with(java.util.List<String> springSettings, Path dataDir, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            java.util.List<String> spring = new java.util.ArrayList<>(TestDatabase.springArgs());
            spring.add("--aarsrapport.data-dir=" + dataDir.toAbsolutePath());
            spring.addAll(springSettings);
            exit = new Cli(o, e, spring.toArray(String[]::new)).execute(args);
        }
        return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
    }
}
