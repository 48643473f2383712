package com.vendorsla.sharedkernel.notices.command;

import com.vendorsla.sharedkernel.notices.SubscriptionId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The platform gives up on a receiver that failed for the give-up time: deliveries stop until a resumption. */
public record SuspendSubscription(
        @TargetAggregateIdentifier SubscriptionId subscriptionId,
        long position,
        int consecutiveFailures,
        Instant failingSince,
        String lastError,
        Instant occurredAt) {
}
