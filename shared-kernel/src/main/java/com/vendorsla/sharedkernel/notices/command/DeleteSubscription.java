package com.vendorsla.sharedkernel.notices.command;

import com.vendorsla.sharedkernel.notices.SubscriptionId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** Stop delivering for good; the secret is erased. */
public record DeleteSubscription(
        @TargetAggregateIdentifier SubscriptionId subscriptionId,
        Instant occurredAt,
        @TargetAggregateVersion Long expectedVersion) {
}
