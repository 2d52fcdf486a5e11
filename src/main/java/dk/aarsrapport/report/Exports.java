package dk.aarsrapport.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Every JasperReports PDF export of the process, by the name of each print exported, in order: the seam that
 * shows a politikområde or goal framework is exported once per run however many documents hold its pages
 * (the fronts of the whole report and the packs are exported once per document, under the cover template's
 * name). Process-wide, as an export is; only names are kept, and only the last {@value #LIMIT}, so a scheduler
 * running for years holds no more.
 */
public final class Exports {

    static final int LIMIT = 100_000;

    private static final List<String> NAMES = new ArrayList<>();

    private Exports() {
    }

    static void exported(String name) {
        synchronized (NAMES) {
            if (NAMES.size() >= LIMIT) {
                NAMES.clear();
            }
            NAMES.add(name);
        }
    }

    /** What was exported since the last {@link #clear()}. */
    public static List<String> names() {
        synchronized (NAMES) {
            return List.copyOf(NAMES);
        }
    }

    public static void clear() {
        synchronized (NAMES) {
            NAMES.clear();
        }
    }
}
