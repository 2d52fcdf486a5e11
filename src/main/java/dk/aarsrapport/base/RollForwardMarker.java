package dk.aarsrapport.base;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The marker line that {@code template --from} puts first in every carried text (cli-and-output.md), and that
 * rule S6 looks for: last year's narrative must never be published as this year's without someone reading it.
 * One definition, because the writer and the rule must agree on it to the character.
 */
public final class RollForwardMarker {

    // lenient in what it finds: a user may have retyped the dash as a hyphen or changed the rest of the line
    private static final Pattern FOUND = Pattern.compile("(?m)^\\s*\\[Fra (\\d{4})\\b[^\\]\\n]*\\]");

    // the marker with what is left of its line when that is blank, so dropping it leaves no empty line behind
    private static final Pattern WITH_LINE_END = Pattern.compile(FOUND.pattern() + "[ \\t]*(?:\\r?\\n)?");

    private RollForwardMarker() {
    }

    /** "[Fra 2015 – ret teksten og slet denne linje]". */
    public static String line(int oldYear) {
        return "[Fra " + oldYear + " – ret teksten og slet denne linje]";
    }

    /** The year of a marker line anywhere in the text, or empty when the text carries none. */
    public static OptionalInt find(String text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        Matcher m = FOUND.matcher(text);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    /** The text without its marker lines, as a report prints it (a draft too): the marker is a note to the writer. */
    public static String without(String text) {
        if (text == null || find(text).isEmpty()) {
            return text;
        }
        return WITH_LINE_END.matcher(text).replaceAll("");
    }
}
