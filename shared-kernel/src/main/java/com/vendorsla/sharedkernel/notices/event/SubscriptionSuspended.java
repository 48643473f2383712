package com.vendorsla.sharedkernel.notices.event;

import com.vendorsla.sharedkernel.notices.SubscriptionId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The receiver failed from {@code failingSince} for the give-up time: nothing after {@code position} was delivered. */
@Revision("1")
public record SubscriptionSuspended(
        SubscriptionId subscriptionId,
        long position,
        int consecutiveFailures,
        Instant failingSince,
        String lastError,
        Instant occurredAt) implements SubscriptionEvent {
}
