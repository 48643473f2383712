package com.vendorsla.sharedkernel.notices.command;

import com.vendorsla.sharedkernel.notices.SubscriptionId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** Deliver again every matching event from global position {@code position} on (inclusive). */
public record RewindSubscription(
        @TargetAggregateIdentifier SubscriptionId subscriptionId,
        long position,
        Instant occurredAt,
        @TargetAggregateVersion Long expectedVersion) {
}
