package dk.aarsrapport.base;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text clean-up and the name matching of input-format.md (case, spaces, Danish letters). Every text is
 * composed (Unicode NFC) first: macOS writes "å" in file and sheet names as "a" plus a combining ring (NFD),
 * which looks the same and must compare the same.
 */
public final class Texts {

    private Texts() {
    }

    /** Trims, counting non-breaking and other Unicode spaces as spaces; keeps inner line breaks. */
    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        // the quick check first: nearly every cell is composed already, and clean() sees every cell
        String composed = Normalizer.isNormalized(raw, Normalizer.Form.NFC) ? raw
                : Normalizer.normalize(raw, Normalizer.Form.NFC);
        String s = composed
                .replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ')
                .replace("\r\n", "\n").replace('\r', '\n');
        return s.strip();
    }

    /**
     * The key two names are compared by: lower case, runs of spaces folded, æ/ø/å written out, other
     * accents dropped. So "Effektmål", "effektmaal" and " EFFEKTMÅL " are the same name.
     */
    public static String key(String name) {
        String s = clean(name).toLowerCase(Locale.ROOT)
                .replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return s.replaceAll("\\s+", " ");
    }

    /**
     * The text as a terminal or a text report may show it: every character that is not drawn, or that
     * steers the terminal or the direction of the text around it, written out as <code>&#92;uXXXX</code>. So an
     * ESC from a cell cannot recolour or clear an operator's screen, a NUL cannot cut a line short, a
     * right-to-left override cannot make {@code fdp.exe} read as {@code exe.pdf}, and a zero-width space
     * in a name shows where it is. Line breaks and tabs too: what is shown is one line. A backslash is left
     * as it is (a path has them), so <code>&#92;u001B</code> typed in a cell looks like an escaped ESC.
     */
    public static String visible(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean hidden = hidden(c) || (Character.isSurrogate(c) && !pairedSurrogate(text, i));
            if (hidden && sb == null) {
                sb = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (hidden) {
                sb.append(String.format("\\u%04X", (int) c));
            } else if (sb != null) {
                sb.append(c);
            }
            if (!hidden && Character.isHighSurrogate(c)) {
                i++; // the pair's low half, checked with it
                if (sb != null) {
                    sb.append(text.charAt(i));
                }
            }
        }
        return sb == null ? text : sb.toString();
    }

    /**
     * C0 and C1 controls and DEL; the bidi embeddings, overrides, isolates and marks; zero-width spaces and
     * joiners, the word joiner and the BOM; the line and paragraph separators; every other format character
     * (a soft hyphen) and the Hangul fillers, which print as nothing too.
     */
    private static boolean hidden(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u061C' || c == '\u180E'
                || Character.getType(c) == Character.FORMAT
                || c == '\u115F' || c == '\u1160' || c == '\u3164' || c == '\uFFA0'
                || (c >= '\u200B' && c <= '\u200F') || (c >= '\u2028' && c <= '\u202E')
                || (c >= '\u2060' && c <= '\u2064') || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF';
    }

    private static boolean pairedSurrogate(String text, int i) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
    }

    /** The longest line the console gets: an operator's terminal and a journal show it whole. */
    public static final int CONSOLE_LINE = 300;

    /**
     * A console line of at most {@link #CONSOLE_LINE} characters: a longer one is cut and ends in
     * {@code tail}, which says where the whole text is. A name from the input can be as long as a cell
     * allows, and escaping its invisible characters makes it longer still.
     */
    public static String consoleLine(String line, String tail) {
        if (line == null || line.length() <= CONSOLE_LINE) {
            return line;
        }
        int cut = CONSOLE_LINE - tail.length() - 1;
        if (Character.isLowSurrogate(line.charAt(cut))) {
            cut--; // never half a pair
        }
        return line.substring(0, cut) + "…" + tail;
    }
}
