package dk.aarsrapport.stage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/**
 * Danish number formats by explicit symbols, never the JVM's locale: {@code 10.632}, {@code -609},
 * {@code 101,8 %}. The minus is the ASCII hyphen the reference report prints.
 */
public final class DanishFormat {

    private DanishFormat() {
    }

    private static DecimalFormat format(String pattern) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat f = new DecimalFormat(pattern, symbols);
        f.setRoundingMode(RoundingMode.HALF_UP);
        f.setParseBigDecimal(true);
        return f;
    }

    /** An amount with the decimals it was given (whole units in the usual case). */
    public static String amount(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal v = value.stripTrailingZeros();
        int decimals = Math.max(0, Math.min(v.scale(), 2));
        String pattern = decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
        return format(pattern).format(v.setScale(decimals, RoundingMode.HALF_UP));
    }

    /** A number with exactly {@code decimals} decimals: {@code 101,8}. */
    public static String number(BigDecimal value, int decimals) {
        String pattern = decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
        return format(pattern).format(value.setScale(decimals, RoundingMode.HALF_UP));
    }

    /** A percentage with one decimal and a space before the sign: {@code 101,8 %}. */
    public static String percent(BigDecimal value) {
        return number(value, 1) + " %";
    }
}
