package dk.aarsrapport.web;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The console's users (table web_user): names, roles and bcrypt hashes of their passwords. The command line
 * adds and removes them; the login reads them. A password is never stored or printed, only its hash.
 */
@Component
public class WebUsers {

    /** Names a person types at the login and that read well in the history: no spaces, no markup. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._@-]{1,100}");
    static final int MIN_PASSWORD = 10;

    /** bcrypt, in the "{bcrypt}…" form: a later change of algorithm can still read the old hashes. */
    static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private final JdbcTemplate jdbc;

    WebUsers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record User(String name, Role role, LocalDateTime created) {
    }

    /** Why the name cannot be a user's, in Danish, or empty when it can. */
    public static Optional<String> nameProblem(String name) {
        return NAME.matcher(name).matches() ? Optional.empty() : Optional.of("Brugernavnet \"" + name + "\" kan ikke "
                + "bruges: det skal være 1-100 tegn af bogstaver, tal og . _ @ -, uden mellemrum.");
    }

    /** Why the password is refused, in Danish, or empty when it is good enough. */
    public static Optional<String> passwordProblem(String password) {
        return password.strip().length() < MIN_PASSWORD ? Optional.of("Adgangskoden skal være på mindst "
                + MIN_PASSWORD + " tegn.") : Optional.empty();
    }

    /** Adds the user, or replaces an existing one's role and password; true when it was new. */
    public boolean add(String name, Role role, String password) {
        String hash = ENCODER.encode(password);
        int updated = jdbc.update("UPDATE web_user SET kodeord_hash = ?, rolle = ? WHERE brugernavn = ?", hash,
                role.id(), name);
        if (updated == 0) {
            jdbc.update("INSERT INTO web_user (brugernavn, kodeord_hash, rolle, oprettet) VALUES (?, ?, ?, ?)", name,
                    hash, role.id(), Timestamp.valueOf(LocalDateTime.now()));
            return true;
        }
        return false;
    }

    /** True when there was such a user. */
    public boolean remove(String name) {
        return jdbc.update("DELETE FROM web_user WHERE brugernavn = ?", name) > 0;
    }

    public List<User> list() {
        return jdbc.query("SELECT brugernavn, rolle, oprettet FROM web_user ORDER BY brugernavn", (rs, i) ->
                new User(rs.getString(1), Role.of(rs.getString(2)).orElse(Role.LAESER),
                        rs.getTimestamp(3).toLocalDateTime()));
    }

    /** The stored hash and role of a user, for the login. */
    Optional<Stored> find(String name) {
        return jdbc.query("SELECT kodeord_hash, rolle FROM web_user WHERE brugernavn = ?", (rs, i) ->
                new Stored(rs.getString(1), Role.of(rs.getString(2)).orElse(Role.LAESER)), name).stream().findFirst();
    }

    record Stored(String hash, Role role) {
    }
}
