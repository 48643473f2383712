package com.vendorsla.sharedkernel.notices.event;

import com.vendorsla.sharedkernel.notices.SubscriptionId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** Deliveries start again where they stopped. */
@Revision("1")
public record SubscriptionResumed(
        SubscriptionId subscriptionId,
        Instant occurredAt) implements SubscriptionEvent {
}
