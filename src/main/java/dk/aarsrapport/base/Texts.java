package dk.aarsrapport.base;

import java.text.Normalizer;
import java.util.Locale;

/** Text clean-up and the name matching of input-format.md (case, spaces, Danish letters). */
public final class Texts {

    private Texts() {
    }

    /** Trims, counting non-breaking and other Unicode spaces as spaces; keeps inner line breaks. */
    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String s = raw.replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ')
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
}
