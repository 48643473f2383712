package com.vendorsla.platform.security;

import org.springframework.security.authentication.LockedException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Back-off against password guessing over HTTP Basic (demo profile). Failed logins are counted per user name and per
 * client address, each since its last successful login; from the {@code limit}-th failure in a row on, that user or
 * address is locked for {@code firstLock}, doubled by each further failure after a lock ran out, at most
 * {@code maxLock}. While locked, every login of that user or from that address is answered {@code 429} with
 * {@code Retry-After} at once, without looking at the password (right or wrong, it tells the guesser nothing and
 * counts nothing), and nothing waits on a request thread. A success resets the user's and the address's count.
 *
 * <p>Defaults: 20 failures in a row per user, 50 per address (a shared address, such as a gateway's, sees many users),
 * locks from 1 s up to 5 min. So 200 wrong passwords for one user take hours instead of seconds, while a person who
 * mistypes a few times, and the hostile-input sweep (a few wrong passwords among thousands of right ones), never
 * notice. Counts live in this JVM only: each instance of a side counts its own.
 */
public final class LoginThrottle {

    static final int USER_LIMIT = 20;
    static final int ADDRESS_LIMIT = 50;
    static final Duration FIRST_LOCK = Duration.ofSeconds(1);
    static final Duration MAX_LOCK = Duration.ofMinutes(5);
    /** Beyond this many tracked names or addresses, those not failing for a while are forgotten. */
    private static final int MAX_TRACKED = 10_000;
    private static final Duration FORGET_AFTER = Duration.ofMinutes(15);

    /** One per JVM: standalone's two chains (command side, query side) count together. */
    private static final LoginThrottle SHARED = new LoginThrottle(USER_LIMIT, ADDRESS_LIMIT, FIRST_LOCK, MAX_LOCK,
            Clock.systemUTC());

    private record Failures(int count, Instant lockedUntil, Instant last) {
    }

    private final int userLimit;
    private final int addressLimit;
    private final Duration firstLock;
    private final Duration maxLock;
    private final Clock clock;
    private final Map<String, Failures> users = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

    LoginThrottle(int userLimit, int addressLimit, Duration firstLock, Duration maxLock, Clock clock) {
        this.userLimit = userLimit;
        this.addressLimit = addressLimit;
        this.firstLock = firstLock;
        this.maxLock = maxLock;
        this.clock = clock;
    }

    static LoginThrottle shared() {
        return SHARED;
    }

    /** Throws {@link TooManyFailedLogins} while the user or the address is locked. */
    void checkAllowed(String user, String address) {
        Instant now = clock.instant();
        Instant until = later(lockOf(users.get(user), now), lockOf(addresses.get(address), now));
        if (until != null) {
            long seconds = Math.max(1, (Duration.between(now, until).toMillis() + 999) / 1000);
            throw new TooManyFailedLogins(seconds);
        }
    }

    void failed(String user, String address) {
        Instant now = clock.instant();
        count(users, user, userLimit, now);
        count(addresses, address, addressLimit, now);
    }

    void succeeded(String user, String address) {
        users.remove(user);
        addresses.remove(address);
    }

    private void count(Map<String, Failures> failures, String key, int limit, Instant now) {
        if (failures.size() >= MAX_TRACKED) {
            failures.values().removeIf(f -> f.last().plus(FORGET_AFTER).isBefore(now)
                    && (f.lockedUntil() == null || f.lockedUntil().isBefore(now)));
        }
        failures.compute(key, (k, before) -> {
            int count = before == null ? 1 : before.count() + 1;
            Instant lockedUntil = before == null ? null : before.lockedUntil();
            if (count >= limit) {
                int doublings = Math.min(count - limit, 30);
                Duration lock = firstLock.multipliedBy(1L << doublings);
                lockedUntil = now.plus(lock.compareTo(maxLock) > 0 ? maxLock : lock);
            }
            return new Failures(count, lockedUntil, now);
        });
    }

    private static Instant lockOf(Failures failures, Instant now) {
        return failures == null || failures.lockedUntil() == null || !failures.lockedUntil().isAfter(now)
                ? null : failures.lockedUntil();
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    /** How long the user or the address is still locked; empty when neither is. */
    Optional<Duration> lockedFor(String user, String address) {
        try {
            checkAllowed(user, address);
            return Optional.empty();
        } catch (TooManyFailedLogins e) {
            return Optional.of(Duration.ofSeconds(e.retryAfterSeconds()));
        }
    }

    /**
     * A login refused unseen because of earlier failures. A {@link LockedException}, so that Spring's provider
     * manager passes it on as it is rather than trying the next provider, and the entry point answers 429.
     */
    public static final class TooManyFailedLogins extends LockedException {
        private final long retryAfterSeconds;

        TooManyFailedLogins(long retryAfterSeconds) {
            super("too many failed logins");
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }
}
