package com.vendorsla.sharedkernel.notices.event;

import com.vendorsla.sharedkernel.notices.SubscriptionId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** Nothing is delivered any more; the secret was erased. */
@Revision("1")
public record SubscriptionDeleted(
        SubscriptionId subscriptionId,
        Instant occurredAt) implements SubscriptionEvent {
}
