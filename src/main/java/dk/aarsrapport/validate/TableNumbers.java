package dk.aarsrapport.validate;

import java.util.Locale;

/** Counts as the findings write them: 1.000.000. */
final class TableNumbers {

    private TableNumbers() {
    }

    static String danish(long n) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', '.');
    }
}
