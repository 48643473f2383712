package com.vendorsla.standalone;

import com.vendorsla.standalone.support.StandaloneHttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, item 5: guessing a demo user's password over HTTP Basic. After 20 wrong passwords in a row for one user
 * every further login of that user answers {@code 429 TOO_MANY_FAILED_LOGINS} with {@code Retry-After} at once (the
 * password is not even compared), other users sign in as before, and the lock doubles after each further failure.
 * Shares the context of {@link SignedInUserTest} (same properties).
 */
@TestPropertySource(properties = "sla.read-your-writes.timeout=1s")
class LoginBackOffTest extends StandaloneHttpTest {

    @Test
    void given200WrongPasswordsForOneUser_thenTwentyAre401AndTheRest429WithRetryAfter_andOthersStillSignIn()
            throws InterruptedException {
        Map<Integer, Integer> statuses = new TreeMap<>();
        Reply last = null;
        long started = System.nanoTime();
        for (int i = 0; i < 200; i++) {
            last = get(null, "/api/me", "Authorization", basic("mallory", "guess-" + i));
            statuses.merge(last.status(), 1, Integer::sum);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("200 wrong passwords for one user in %d ms: %s%n", millis, statuses);

        assertThat(statuses).containsEntry(401, 20).containsEntry(429, 180);
        assertThat(last.header("Retry-After")).isEqualTo("1");
        assertThat(last.header("Content-Type")).startsWith("application/problem+json");
        assertThat(last.json().get("code").asText()).isEqualTo("TOO_MANY_FAILED_LOGINS");
        assertThat(last.json().get("status").asInt()).isEqualTo(429);
        assertThat(last.header("WWW-Authenticate")).isNull();

        // the locked user only: another user from the same address signs in (and resets the address's count)
        assertThat(get("manager", "/api/me").status()).isEqualTo(200);

        Thread.sleep(1_100);
        Reply afterTheLock = get(null, "/api/me", "Authorization", basic("mallory", "one-more"));
        assertThat(afterTheLock.status()).isEqualTo(401);
        assertThat(afterTheLock.header("WWW-Authenticate")).startsWith("Basic");
        Reply doubled = get(null, "/api/me", "Authorization", basic("mallory", "and-another"));
        assertThat(doubled.status()).isEqualTo(429);
        assertThat(doubled.header("Retry-After")).isEqualTo("2");
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
