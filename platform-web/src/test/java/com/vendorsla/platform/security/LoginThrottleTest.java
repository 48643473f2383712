package com.vendorsla.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Password guessing against the demo users: counted per user and per address, locked with a doubling back-off. */
class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(5, 8, Duration.ofSeconds(1), Duration.ofSeconds(10), clock);
    private final DemoAuthentication demo = new DemoAuthentication(Map.of(), throttle);

    @Test
    void givenFewerFailuresThanTheLimit_whenTheRightPasswordComes_thenItIsAccepted_andTheCountStartsAgain() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> login("manager", "wrong", "10.0.0.1")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(login("manager", "manager", "10.0.0.1").isAuthenticated()).isTrue();
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> login("manager", "wrong", "10.0.0.1")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(throttle.lockedFor("manager", "10.0.0.1")).isEmpty();
    }

    @Test
    void givenTheLimitOfFailuresForAUser_thenEveryLoginOfThatUserIsRefusedUnseen_untilTheLockRunsOut_andLocksDouble() {
        for (int i = 0; i < 5; i++) {
            String address = "10.0.0." + i;
            assertThatThrownBy(() -> login("manager", "guess", address)).isInstanceOf(BadCredentialsException.class);
        }
        // the right password too: while locked nothing is compared, so a guess learns nothing
        assertThatThrownBy(() -> login("manager", "manager", "10.0.0.9"))
                .isInstanceOfSatisfying(LoginThrottle.TooManyFailedLogins.class,
                        e -> assertThat(e.retryAfterSeconds()).isEqualTo(1));
        assertThat(login("legal", "legal", "10.0.0.9").isAuthenticated()).as("another user is not locked").isTrue();

        clock.advance(Duration.ofMillis(1001));
        assertThatThrownBy(() -> login("manager", "guess", "10.0.0.1")).isInstanceOf(BadCredentialsException.class);
        assertThat(throttle.lockedFor("manager", "10.0.0.2")).contains(Duration.ofSeconds(2));
        clock.advance(Duration.ofSeconds(2));
        assertThatThrownBy(() -> login("manager", "guess", "10.0.0.1")).isInstanceOf(BadCredentialsException.class);
        assertThat(throttle.lockedFor("manager", "10.0.0.2")).contains(Duration.ofSeconds(4));
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofSeconds(11));
            assertThatThrownBy(() -> login("manager", "guess", "10.0.0.1")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(throttle.lockedFor("manager", "10.0.0.2")).as("at most the longest lock").contains(Duration.ofSeconds(10));

        clock.advance(Duration.ofSeconds(10));
        assertThat(login("manager", "manager", "10.0.0.1").isAuthenticated()).isTrue();
        assertThat(throttle.lockedFor("manager", "10.0.0.1")).as("a success resets").isEmpty();
    }

    @Test
    void givenTheLimitOfFailuresFromOneAddress_acrossUsers_thenThatAddressIsLocked_andOthersAreNot() {
        for (int i = 0; i < 8; i++) {
            String user = "user" + i;
            assertThatThrownBy(() -> login(user, "guess", "203.0.113.7")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> login("auditor", "auditor", "203.0.113.7"))
                .isInstanceOf(LoginThrottle.TooManyFailedLogins.class);
        assertThat(login("auditor", "auditor", "198.51.100.1").isAuthenticated()).isTrue();
        assertThat(throttle.lockedFor("nobody", "203.0.113.7")).isPresent();
    }

    private Authentication login(String user, String password, String address) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(user, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return demo.authenticate(token);
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-12-07T06:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
