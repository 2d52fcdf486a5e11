package dk.aarsrapport.base;

import dk.aarsrapport.base.Texts;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parses amounts as finance staff type them: {@code 10.632}, {@code -1.667}, {@code −609},
 * {@code 101,8}, {@code 12,5 %}. A dot is always a thousands separator and a comma always the
 * decimal mark, as in Danish; anything else is not a number (and becomes a finding, not a guess).
 */
public final class DanishNumbers {

    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("\\d+(,\\d+)?");

    private DanishNumbers() {
    }

    public static Optional<BigDecimal> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = Texts.clean(raw).replace(" ", "").replace("\u2009", "");
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1);
        }
        boolean negative = false;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '\u2212' || s.charAt(0) == '\u2013')) {
            negative = true;
            s = s.substring(1);
        } else if (s.startsWith("+")) {
            s = s.substring(1);
        }
        if (!GROUPED.matcher(s).matches() && !PLAIN.matcher(s).matches()) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(s.replace(".", "").replace(',', '.'));
        return Optional.of(negative ? value.negate() : value);
    }

    /** Whether the text carries a percent sign: "12,5 %" is a share, "12,5" a plain number. */
    public static boolean hasPercent(String raw) {
        return raw != null && Texts.clean(raw).endsWith("%");
    }

    /**
     * Kroner per unit of an amount unit as Rapport states it ("kr." → 1, "1.000 kr." → 1.000, "mio. kr." →
     * 1.000.000); {@code absent} when none is stated or it cannot be read. The Beløbsenhed of the report and
     * the ledger's Kontobeløbsenhed are read the same way.
     */
    public static BigDecimal kronerPerUnit(String unit, BigDecimal absent) {
        if (unit == null || unit.isBlank()) {
            return absent;
        }
        String u = Texts.key(unit);
        if (u.contains("mio")) {
            return BigDecimal.valueOf(1_000_000);
        }
        String number = u.replace("kr.", "").replace("kr", "").strip();
        if (number.isEmpty()) {
            return BigDecimal.ONE;
        }
        return parse(number).filter(p -> p.signum() > 0).orElse(absent);
    }
}
