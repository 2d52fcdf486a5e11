package dk.aarsrapport.validate;

import java.util.regex.Pattern;

/**
 * What counts as a usable e-mail address in {@code Modtagere}: one rule, used by validation (S1) and by
 * delivery, so a recipient the validation report accepts is one the program will mail, and no other.
 */
public final class EmailAddresses {

    /** Deliberately plain: one @, a dotted domain, no spaces; what mail servers accept in practice. */
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s\"<>(),;:]+@[A-Za-z0-9ÆØÅæøå-]+(\\.[A-Za-z0-9ÆØÅæøå-]+)+");

    private EmailAddresses() {
    }

    public static boolean valid(String address) {
        return address != null && ADDRESS.matcher(address).matches();
    }
}
