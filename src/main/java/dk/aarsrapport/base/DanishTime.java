package dk.aarsrapport.base;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as a Danish reader writes them: "2. december 2026 kl. 14.58". */
public final class DanishTime {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH.mm",
            Locale.forLanguageTag("da-DK"));

    private DanishTime() {
    }

    public static String of(LocalDateTime time) {
        return time == null ? "" : FORMAT.format(time);
    }
}
