package dk.aarsrapport.stage;

import java.util.List;
import java.util.Optional;

import dk.aarsrapport.base.Texts;

/**
 * The status words of a Målopfølgning row (input-format.md): {@code ikke startet}, {@code i gang},
 * {@code opnået}, {@code ikke opnået}, matched like every name (case, spaces, Danish letters) and
 * printed in this spelling; any other text is kept as written; blank is "ikke angivet".
 */
public final class MaalStatus {

    public static final List<String> KNOWN = List.of("ikke startet", "i gang", "opnået", "ikke opnået");
    public static final String NOT_GIVEN = "ikke angivet";

    private MaalStatus() {
    }

    /** The known word a status matches, in its printed spelling. */
    public static Optional<String> known(String status) {
        if (status == null) {
            return Optional.empty();
        }
        String key = Texts.key(status);
        return KNOWN.stream().filter(k -> Texts.key(k).equals(key)).findFirst();
    }

    /** The status as printed and counted: a known word in its spelling, other text as written, null for blank. */
    public static String printed(String status) {
        return status == null ? null : known(status).orElse(status);
    }
}
