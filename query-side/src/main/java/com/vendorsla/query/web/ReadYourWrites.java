package com.vendorsla.query.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * api.md, Read-your-writes: a GET with {@code minVersion=N} waits until the read model has applied version N of
 * the aggregate, up to a limit ({@code sla.read-your-writes.timeout}, 10 s unless configured), then answers 503
 * with Retry-After.
 */
@Component
public class ReadYourWrites {

    private final Duration limit;

    public ReadYourWrites(@Value("${sla.read-your-writes.timeout:10s}") Duration limit) {
        this.limit = limit;
    }

    /**
     * Waits until {@code currentVersion} reaches {@code minVersion}. An aggregate the read model does not know yet
     * has no version: with a minVersion it is waited for (its creation may still be on its way), without one it is 404.
     */
    public void awaitVersion(Long minVersion, Supplier<OptionalLong> currentVersion) {
        if (minVersion == null) {
            return;
        }
        long deadline = System.nanoTime() + limit.toNanos();
        long pause = 5;
        while (true) {
            OptionalLong version = currentVersion.get();
            if (version.isPresent() && version.getAsLong() >= minVersion) {
                return;
            }
            if (System.nanoTime() >= deadline) {
                throw new ReadModelBehind(minVersion, version);
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ReadModelBehind(minVersion, version);
            }
            pause = Math.min(pause * 2, 100);
        }
    }

    /** The read model did not reach the requested version in time. */
    public static class ReadModelBehind extends RuntimeException {
        private final long minVersion;
        private final OptionalLong current;

        ReadModelBehind(long minVersion, OptionalLong current) {
            super("the read model has not reached version " + minVersion + " yet", null, false, false);
            this.minVersion = minVersion;
            this.current = current;
        }

        public long minVersion() {
            return minVersion;
        }

        public OptionalLong current() {
            return current;
        }
    }
}
