package dk.aarsrapport.plan;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * File names from names, as cli-and-output.md defines them: lower case, æ→ae, ø→oe, å→aa, other
 * accents dropped, every other run of characters one '-', at most 80 characters. Because only
 * [a-z0-9-] survive, a name can never lead a file outside the output folder.
 */
public final class Slugs {

    private static final int MAX = 80;

    private Slugs() {
    }

    public static String slug(String name) {
        String s = (name == null ? "" : name).toLowerCase(Locale.ROOT)
                .replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > MAX) {
            s = s.substring(0, MAX).replaceAll("-+$", "");
        }
        return s.isEmpty() ? "uden-navn" : s;
    }

    /** Hands out slugs so that names with the same slug get -2, -3 … in the order they are asked for. */
    public static final class Registry {
        private final Map<String, Integer> seen = new HashMap<>();

        public String unique(String name) {
            String base = slug(name);
            int n = seen.merge(base, 1, Integer::sum);
            return n == 1 ? base : base + "-" + n;
        }
    }
}
