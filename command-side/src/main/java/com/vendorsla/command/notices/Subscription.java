package com.vendorsla.command.notices;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.vendorsla.command.vendor.VendorDirectory;
import com.vendorsla.sharedkernel.common.AuditMetadata;
import com.vendorsla.sharedkernel.common.BusinessRuleViolation;
import com.vendorsla.sharedkernel.notices.SubscriptionId;
import com.vendorsla.sharedkernel.notices.SubscriptionStatus;
import com.vendorsla.sharedkernel.notices.command.CreateSubscription;
import com.vendorsla.sharedkernel.notices.command.DeleteSubscription;
import com.vendorsla.sharedkernel.notices.command.ResumeSubscription;
import com.vendorsla.sharedkernel.notices.command.RewindSubscription;
import com.vendorsla.sharedkernel.notices.command.SuspendSubscription;
import com.vendorsla.sharedkernel.notices.event.SubscriptionCreated;
import com.vendorsla.sharedkernel.notices.event.SubscriptionDeleted;
import com.vendorsla.sharedkernel.notices.event.SubscriptionResumed;
import com.vendorsla.sharedkernel.notices.event.SubscriptionRewound;
import com.vendorsla.sharedkernel.notices.event.SubscriptionSuspended;
import com.vendorsla.sharedkernel.vendor.VendorId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A webhook subscription's life: created, suspended after the give-up time, resumed, rewound, deleted. Each handler
 * also writes the {@link WebhookRegistry} row (secret, cursor) in the same transaction as its event. A vendor's user
 * acts only on its own vendor's subscriptions: any other answers 404 as an unknown id.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
@Aggregate
public class Subscription {

    static final String NOT_FOUND = SubscriptionRules.SUBSCRIPTION_NOT_FOUND.name();

    @AggregateIdentifier
    private SubscriptionId subscriptionId;
    private VendorId vendorId;
    private SubscriptionStatus status;

    protected Subscription() {
        // for Axon
    }

    @CommandHandler
    public Subscription(CreateSubscription command, WebhookRegistry registry, VendorDirectory vendors,
                        MetaData metaData) {
        Object acting = metaData.get(AuditMetadata.ACTING_VENDOR);
        if (acting != null && (command.vendorId() == null || !acting.equals(command.vendorId().value()))) {
            throw new BusinessRuleViolation("VENDOR_NOT_FOUND", "a vendor's user subscribes to its own vendor only");
        }
        if (command.vendorId() != null && vendors.find(command.vendorId()).isEmpty()) {
            throw new BusinessRuleViolation("VENDOR_NOT_FOUND", "no vendor " + command.vendorId());
        }
        apply(new SubscriptionCreated(command.subscriptionId(), command.url(), command.types(), command.vendorId(),
                command.startPosition(), command.occurredAt()));
        registry.created(command.subscriptionId(), command.url(), command.secret(), command.types(), command.vendorId(),
                command.startPosition(), command.occurredAt());
    }

    @CommandHandler
    void handle(SuspendSubscription command, WebhookRegistry registry) {
        if (status != SubscriptionStatus.ACTIVE) {
            return;
        }
        apply(new SubscriptionSuspended(subscriptionId, command.position(), command.consecutiveFailures(),
                command.failingSince(), command.lastError(), command.occurredAt()));
        registry.suspended(subscriptionId);
    }

    @CommandHandler
    void handle(ResumeSubscription command, WebhookRegistry registry, MetaData metaData) {
        requireVisible(metaData);
        if (status != SubscriptionStatus.SUSPENDED) {
            throw new BusinessRuleViolation(SubscriptionRules.SUBSCRIPTION_NOT_SUSPENDED, "subscription " + subscriptionId
                    + " is " + status + ": only a suspended subscription is resumed");
        }
        apply(new SubscriptionResumed(subscriptionId, command.occurredAt()));
        registry.resumed(subscriptionId);
    }

    @CommandHandler
    void handle(RewindSubscription command, WebhookRegistry registry, MetaData metaData) {
        requireVisible(metaData);
        apply(new SubscriptionRewound(subscriptionId, command.position(), command.occurredAt()));
        registry.rewound(subscriptionId, command.position());
    }

    @CommandHandler
    void handle(DeleteSubscription command, WebhookRegistry registry, MetaData metaData) {
        requireVisible(metaData);
        apply(new SubscriptionDeleted(subscriptionId, command.occurredAt()));
        registry.deleted(subscriptionId);
    }

    /** Deleted, or another vendor's for a vendor's user: as if it never existed. */
    private void requireVisible(MetaData metaData) {
        Object acting = metaData.get(AuditMetadata.ACTING_VENDOR);
        if (status == SubscriptionStatus.DELETED
                || (acting != null && (vendorId == null || !acting.equals(vendorId.value())))) {
            throw new BusinessRuleViolation(NOT_FOUND, "no subscription " + subscriptionId);
        }
    }

    @EventSourcingHandler
    void on(SubscriptionCreated event) {
        this.subscriptionId = event.subscriptionId();
        this.vendorId = event.vendorId();
        this.status = SubscriptionStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(SubscriptionSuspended event) {
        this.status = SubscriptionStatus.SUSPENDED;
    }

    @EventSourcingHandler
    void on(SubscriptionResumed event) {
        this.status = SubscriptionStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(SubscriptionDeleted event) {
        this.status = SubscriptionStatus.DELETED;
    }
}
