package dk.aarsrapport.job;

import java.nio.file.Path;
import java.util.Locale;

/**
 * A run that failed while the disk holding its output folder was full: told as that, in one line, with how
 * much the run needs (an estimate, stated as one) and how much is free once its work folder is gone.
 */
public final class DiskFullException extends Exception {

    DiskFullException(Path folder, long needed, boolean fromPrevious, long free, Throwable cause) {
        super("Disken med " + folder + " er fuld: kørslen skal bruge " + (fromPrevious ? "omkring " : "mindst ")
                + megabytes(needed) + (fromPrevious ? " (så meget fylder den forrige udgave)"
                        : " (så meget havde den skrevet, da disken blev fuld)")
                + ", og der er " + megabytes(free) + " fri. Intet er udgivet, og den forrige udgave er urørt; "
                + "frigør plads, og kør igen.", cause);
    }

    static String megabytes(long bytes) {
        return String.format(Locale.forLanguageTag("da-DK"), "%.1f MB", bytes / 1_000_000.0);
    }
}
