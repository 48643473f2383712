package com.vendorsla.command.notices;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;

/** {@code sla.webhooks.*} (command-side.yml): how deliveries are retried, given up, claimed and polled. */
@Component
public class WebhookSettings {

    final boolean enabled;
    final Duration giveUpAfter;
    final Duration firstRetryAfter;
    final Duration maxRetryAfter;
    final Duration timeout;
    final int threads;
    final Duration pollInterval;
    final Duration lease;

    WebhookSettings(@Value("${sla.webhooks.enabled:true}") boolean enabled,
                    @Value("${sla.webhooks.give-up-after:24h}") Duration giveUpAfter,
                    @Value("${sla.webhooks.first-retry-after:1s}") Duration firstRetryAfter,
                    @Value("${sla.webhooks.max-retry-after:10m}") Duration maxRetryAfter,
                    @Value("${sla.webhooks.timeout:10s}") Duration timeout,
                    @Value("${sla.webhooks.threads:4}") int threads,
                    @Value("${sla.webhooks.poll-interval:100ms}") Duration pollInterval,
                    @Value("${sla.webhooks.lease:30s}") Duration lease) {
        this.enabled = enabled;
        this.giveUpAfter = giveUpAfter;
        this.firstRetryAfter = firstRetryAfter;
        this.maxRetryAfter = maxRetryAfter;
        this.timeout = timeout;
        this.threads = Math.max(1, threads);
        this.pollInterval = pollInterval;
        this.lease = lease;
    }

    /** 1 s, 2 s, 4 s, … at most 10 min: the wait after the {@code failures}-th failure in a row. */
    Duration retryAfter(int failures) {
        Duration delay = firstRetryAfter;
        for (int i = 1; i < failures && delay.compareTo(maxRetryAfter) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : delay;
    }
}
