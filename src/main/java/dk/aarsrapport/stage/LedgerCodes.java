package dk.aarsrapport.stage;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.aarsrapport.base.Texts;

/**
 * The codes of the autoriserede kontoplan as ERP exports write them: a funktion (hovedkonto.hovedfunktion.funktion,
 * {@code 5.57.72}, also {@code 55772}, {@code 055772}, and {@code 5.57.72.003} with a grouping suffix), a
 * dranst (1–9) and an art ({@code 5.2}, also {@code 52}). One normal form for each, so an account and a
 * Kontoplan row compare as codes, never as the text someone typed.
 */
public final class LedgerCodes {

    private static final Pattern DOTTED = Pattern.compile("(\\d)\\.(\\d{2})\\.(\\d{2})(?:\\.([0-9A-Za-z]+))?");
    private static final Pattern UNDOTTED = Pattern.compile("0?(\\d)(\\d{2})(\\d{2})");
    private static final Pattern HOVEDFUNKTION = Pattern.compile("(\\d)\\.(\\d{2})");
    private static final Pattern HOVEDKONTO = Pattern.compile("\\d");
    private static final Pattern ART = Pattern.compile("(\\d)\\.?(\\d)");

    /** An account's funktion in normal form ({@code 5.57.72}) and its grouping suffix, or null. */
    public record Funktion(String funktion, String gruppering) {
    }

    private LedgerCodes() {
    }

    /** A whole funktion as an account names it; empty for anything else ({@code 5-38-50}, {@code abc}, {@code 5.68}). */
    public static Optional<Funktion> funktion(String text) {
        String t = text == null ? "" : Texts.clean(text);
        Matcher m = DOTTED.matcher(t);
        if (m.matches()) {
            return Optional.of(new Funktion(m.group(1) + "." + m.group(2) + "." + m.group(3), m.group(4)));
        }
        m = UNDOTTED.matcher(t);
        if (m.matches()) {
            return Optional.of(new Funktion(m.group(1) + "." + m.group(2) + "." + m.group(3), null));
        }
        return Optional.empty();
    }

    /**
     * A Kontoplan Funktion pattern in normal form: a whole funktion {@code 5.57.72}, a hovedfunktion
     * {@code 5.68} or a hovedkonto {@code 5}; empty when it is none of them. A grouping suffix is no pattern:
     * the mapping is to the kontoplan, not to one ERP's grouping.
     */
    public static Optional<String> funktionPattern(String text) {
        String t = text == null ? "" : Texts.clean(text);
        Optional<Funktion> whole = funktion(t);
        if (whole.isPresent()) {
            return whole.get().gruppering() == null ? Optional.of(whole.get().funktion()) : Optional.empty();
        }
        Matcher m = HOVEDFUNKTION.matcher(t);
        if (m.matches()) {
            return Optional.of(m.group(1) + "." + m.group(2));
        }
        return HOVEDKONTO.matcher(t).matches() ? Optional.of(t) : Optional.empty();
    }

    /** A dranst 1–9 (a numeric cell may read as {@code 2} or {@code 2,0}); empty for anything else. */
    public static Optional<Integer> dranst(String text) {
        String t = text == null ? "" : Texts.clean(text);
        if (t.matches("\\d(,0+)?")) {
            int d = t.charAt(0) - '0';
            return d >= 1 ? Optional.of(d) : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * A whole art as an account names it ({@code 5.2}, {@code 52}; a single digit, as a numeric cell of
     * {@code 4,0} may show, is {@code 4.0}); empty for anything else.
     */
    public static Optional<String> art(String text) {
        String t = text == null ? "" : Texts.clean(text).replace(',', '.');
        Matcher m = ART.matcher(t);
        if (m.matches()) {
            return Optional.of(m.group(1) + "." + m.group(2));
        }
        return t.matches("\\d") ? Optional.of(t + ".0") : Optional.empty();
    }

    /** A Kontoplan Art pattern: a whole art {@code 4.0} (also {@code 40}) or an artsgruppe {@code 4}. */
    public static Optional<String> artPattern(String text) {
        String t = text == null ? "" : Texts.clean(text).replace(',', '.');
        if (t.matches("\\d")) {
            return Optional.of(t);
        }
        Matcher m = ART.matcher(t);
        return m.matches() ? Optional.of(m.group(1) + "." + m.group(2)) : Optional.empty();
    }

    /** Whether a Kontoplan row's Funktion, Dranst and Art cells are patterns (blank Dranst and Art are). */
    public static boolean isPattern(String funktion, String dranst, String art) {
        return funktionPattern(funktion).isPresent() && (dranst == null || dranst(dranst).isPresent())
                && (art == null || artPattern(art).isPresent());
    }

    /** The key of one account: the same Funktion, Dranst, Art and Sted is the same account (K6). */
    public static String accountKey(String funktion, Integer dranst, String art, String sted) {
        return funktion + "|" + (dranst == null ? "" : dranst) + "|" + (art == null ? "" : art) + "|"
                + (sted == null ? "" : Texts.key(sted));
    }
}
