package dk.aarsrapport.cli;

/** The exit statuses of cli-and-output.md. */
final class ExitStatus {
    static final int OK = 0;
    static final int FINDINGS = 1;
    static final int USAGE_OR_UNREADABLE = 2;
    static final int INTERNAL = 3;
    static final int LOCKED = 4;
    /** What the JVM itself exits with after SIGTERM (128 + 15); returned only while it is on its way out. */
    static final int STOPPED = 143;

    private ExitStatus() {
    }
}
