package dk.aarsrapport.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The console's two roles: who may change things, and who may only look. */
public enum Role {
    /** Upload, validate, generate, send. */
    OEKONOMI("oekonomi"),
    /** Sees findings and published output only. */
    LAESER("laeser");

    private final String id;

    Role(String id) {
        this.id = id;
    }

    /** The name on the command line and in the database. */
    public String id() {
        return id;
    }

    /** Spring Security's authority name for {@code hasRole}. */
    String authority() {
        return "ROLE_" + name();
    }

    public static Optional<Role> of(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id == null ? null : id.toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
