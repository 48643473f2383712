package com.vendorsla.sharedkernel.notices.command;

import com.vendorsla.sharedkernel.notices.SubscriptionId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** Deliver again to a suspended subscription, from where it stopped. */
public record ResumeSubscription(
        @TargetAggregateIdentifier SubscriptionId subscriptionId,
        Instant occurredAt,
        @TargetAggregateVersion Long expectedVersion) {
}
