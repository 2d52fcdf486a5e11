package dk.aarsrapport.ingest;

import dk.aarsrapport.base.Texts;
import java.util.List;

/** A column of a sheet: its field name in staging, the header a user writes, and whether it may be left out. */
record Column(String field, String header, boolean required, List<String> aliases) {

    static Column required(String field, String header, String... aliases) {
        return new Column(field, header, true, List.of(aliases));
    }

    static Column optional(String field, String header, String... aliases) {
        return new Column(field, header, false, List.of(aliases));
    }

    boolean matches(String headerKey) {
        if (Texts.key(header).equals(headerKey)) {
            return true;
        }
        return aliases.stream().anyMatch(a -> Texts.key(a).equals(headerKey));
    }
}
