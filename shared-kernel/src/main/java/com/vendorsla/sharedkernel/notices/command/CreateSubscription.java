package com.vendorsla.sharedkernel.notices.command;

import com.vendorsla.sharedkernel.notices.SubscriptionId;
import com.vendorsla.sharedkernel.vendor.VendorId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/**
 * Subscribe {@code url} to the events after global position {@code startPosition}, optionally only those of the
 * given types and of one vendor. The secret travels in the command only: the handler keeps it beside the event
 * (table webhook_subscription), never in it.
 */
public record CreateSubscription(
        @TargetAggregateIdentifier SubscriptionId subscriptionId,
        String url,
        String secret,
        List<String> types,
        VendorId vendorId,
        long startPosition,
        Instant occurredAt) {

    public CreateSubscription {
        types = types == null ? null : List.copyOf(types);
    }

    @Override
    public String toString() {
        return "CreateSubscription[" + subscriptionId + ", " + url + ", secret=***]";
    }
}
