package dk.aarsrapport.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** The slowed attempts, on a clock the test moves. */
class LoginThrottleTest {

    private Instant now = Instant.parse("2026-12-02T10:00:00Z");
    private final AtomicInteger checks = new AtomicInteger();

    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    /** Accepts only "rigtigt" and counts how often a password was really checked. */
    private final AuthenticationProvider checked = new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication a) {
            checks.incrementAndGet();
            if (!"rigtigt".equals(a.getCredentials())) {
                throw new BadCredentialsException("forkert");
            }
            return UsernamePasswordAuthenticationToken.authenticated(a.getName(), null, java.util.List.of());
        }

        @Override
        public boolean supports(Class<?> c) {
            return true;
        }
    };

    private final LoginThrottle throttle = new LoginThrottle(checked, clock);

    private static Authentication attempt(String name, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(name, password);
    }

    private void fail(String name, int times) {
        for (int i = 0; i < times; i++) {
            assertThatThrownBy(() -> throttle.authenticate(attempt(name, "galt"))).isInstanceOf(BadCredentialsException.class);
        }
    }

    @Nested
    class Good {
        @Test
        void fewFailuresCostNoWait() {
            fail("anna", LoginThrottle.FREE - 1);
            assertThat(throttle.authenticate(attempt("anna", "rigtigt")).isAuthenticated()).isTrue();
        }

        @Test
        void afterTheWaitTheRightPasswordWorksAndClearsTheCount() {
            fail("anna", LoginThrottle.FREE);
            now = now.plusSeconds(1);
            assertThat(throttle.authenticate(attempt("anna", "rigtigt")).isAuthenticated()).isTrue();
            fail("anna", LoginThrottle.FREE - 1);
            assertThat(throttle.authenticate(attempt("anna", "rigtigt")).isAuthenticated()).isTrue();
        }

        @Test
        void anotherUserIsNotSlowed() {
            fail("anna", LoginThrottle.FREE);
            assertThatThrownBy(() -> throttle.authenticate(attempt("anna", "rigtigt"))).isInstanceOf(LoginThrottle.Wait.class);
            assertThat(throttle.authenticate(attempt("bent", "rigtigt")).isAuthenticated()).isTrue();
        }
    }

    @Nested
    class Bad {
        @Test
        void duringTheWaitNoPasswordIsChecked() {
            fail("anna", LoginThrottle.FREE);
            int before = checks.get();
            assertThatThrownBy(() -> throttle.authenticate(attempt("Anna", "rigtigt")))
                    .isInstanceOf(LoginThrottle.Wait.class).hasMessageContaining("vent 1 sekunder");
            assertThat(checks.get()).isEqualTo(before);
        }

        @Test
        void theWaitDoublesWithEveryFurtherFailureUpToAMinute() {
            fail("anna", LoginThrottle.FREE);
            long[] expected = {2, 4, 8, 16, 32, 60, 60};
            for (long seconds : expected) {
                now = now.plusSeconds(60);
                fail("anna", 1);
                assertThatThrownBy(() -> throttle.authenticate(attempt("anna", "rigtigt")))
                        .isInstanceOfSatisfying(LoginThrottle.Wait.class, w -> assertThat(w.seconds()).isEqualTo(seconds));
            }
        }
    }
}
