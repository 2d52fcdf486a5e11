package dk.aarsrapport.cli;

import java.nio.file.Path;

/** Lets tests in other packages reach the package-private year resolution. */
public final class CliTestAccess {

    private CliTestAccess() {
    }

    public static int resolveYear(Path base) throws Exception {
        return YearFolders.resolve(null, null, null, base).year();
    }
}
