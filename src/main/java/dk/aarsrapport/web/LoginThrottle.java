package dk.aarsrapport.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Slows down guessing: after {@link #FREE} failed logins in a row for a user name, or from an address, the
 * next attempt is accepted only after a wait that doubles with every further failure (1 s, 2 s, 4 s …, at
 * most {@link #MAX_WAIT}). An attempt during the wait is refused without its password being checked, so a
 * guesser gets a few tries a minute instead of thousands. A successful login clears the count.
 */
final class LoginThrottle implements AuthenticationProvider {

    static final int FREE = 5;
    static final Duration MAX_WAIT = Duration.ofSeconds(60);
    /** More keys than this and the oldest quiet ones are forgotten: the map cannot be grown without end. */
    private static final int MAX_KEYS = 10_000;

    private final AuthenticationProvider checked;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    LoginThrottle(AuthenticationProvider checked, Clock clock) {
        this.checked = checked;
        this.clock = clock;
    }

    private record Failures(int count, Instant last) {
    }

    /** The refusal of an attempt made during the wait; its message is the login page's. */
    static final class Wait extends AuthenticationException {
        private final long seconds;

        Wait(long seconds) {
            super("For mange forkerte forsøg; vent " + seconds + " sekunder, og prøv igen.");
            this.seconds = seconds;
        }

        long seconds() {
            return seconds;
        }
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String[] keys = keys(attempt);
        Instant now = clock.instant();
        long wait = 0;
        for (String key : keys) {
            wait = Math.max(wait, waitFor(failures.get(key), now).toSeconds());
        }
        if (wait > 0) {
            throw new Wait(wait);
        }
        try {
            Authentication done = checked.authenticate(attempt);
            for (String key : keys) {
                failures.remove(key);
            }
            return done;
        } catch (BadCredentialsException | org.springframework.security.core.userdetails.UsernameNotFoundException e) {
            if (failures.size() > MAX_KEYS) {
                failures.entrySet().removeIf(f -> f.getValue().last().isBefore(now.minus(MAX_WAIT)));
            }
            for (String key : keys) {
                failures.merge(key, new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
            }
            throw e;
        }
    }

    /** What remains of the wait after these failures, rounded up to whole seconds; zero when none. */
    private static Duration waitFor(Failures f, Instant now) {
        if (f == null || f.count() < FREE) {
            return Duration.ZERO;
        }
        long seconds = Math.min(MAX_WAIT.toSeconds(), 1L << Math.min(f.count() - FREE, 20));
        Duration left = Duration.between(now, f.last().plusSeconds(seconds));
        return left.isNegative() || left.isZero() ? Duration.ZERO
                : Duration.ofSeconds((left.toMillis() + 999) / 1000);
    }

    private static String[] keys(Authentication attempt) {
        String name = "navn:" + String.valueOf(attempt.getName()).toLowerCase(Locale.ROOT);
        return attempt.getDetails() instanceof WebAuthenticationDetails d && d.getRemoteAddress() != null
                ? new String[] {name, "adresse:" + d.getRemoteAddress()} : new String[] {name};
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return checked.supports(authentication);
    }
}
