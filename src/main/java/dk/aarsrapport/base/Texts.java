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
     * A name as a finding shows it: characters that print as nothing (a zero-width space, a soft hyphen, a
     * byte order mark, a control character) written as {@code \u200B}, so that a user who is told that
     * "Social\u200Bområdet" is unknown can see why it differs from Socialområdet and find it.
     */
    public static String visible(String name) {
        if (name == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            int type = Character.getType(c);
            boolean invisible = type == Character.FORMAT || type == Character.CONTROL && c != '\n' && c != '\t'
                    || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0; // the Hangul fillers
            if (invisible) {
                b.append(String.format("\\u%04X", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }
}
