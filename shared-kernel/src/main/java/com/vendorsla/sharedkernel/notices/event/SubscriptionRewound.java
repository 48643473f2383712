package com.vendorsla.sharedkernel.notices.event;

import com.vendorsla.sharedkernel.notices.SubscriptionId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** Deliveries go on from global position {@code position} (inclusive), again for what was delivered already. */
@Revision("1")
public record SubscriptionRewound(
        SubscriptionId subscriptionId,
        long position,
        Instant occurredAt) implements SubscriptionEvent {
}
