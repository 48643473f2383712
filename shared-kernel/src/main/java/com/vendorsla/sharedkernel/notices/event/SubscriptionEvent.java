package com.vendorsla.sharedkernel.notices.event;

import com.vendorsla.sharedkernel.notices.SubscriptionId;

import java.time.Instant;

/** Everything that happens to a webhook subscription. Its secret is never part of an event. */
public sealed interface SubscriptionEvent permits SubscriptionCreated, SubscriptionSuspended, SubscriptionResumed,
        SubscriptionRewound, SubscriptionDeleted {

    SubscriptionId subscriptionId();

    /** Business time: when it happened, as opposed to when it was recorded. */
    Instant occurredAt();
}
