package com.vendorsla.sharedkernel.notices.event;

import com.vendorsla.sharedkernel.notices.SubscriptionId;
import com.vendorsla.sharedkernel.vendor.VendorId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * A receiver subscribed: the events after global position {@code startPosition}, of {@code types} (all when null)
 * and of vendor {@code vendorId} (all when null), go to {@code url}, signed with a secret kept outside the events.
 */
@Revision("1")
public record SubscriptionCreated(
        SubscriptionId subscriptionId,
        String url,
        List<String> types,
        VendorId vendorId,
        long startPosition,
        Instant occurredAt) implements SubscriptionEvent {

    public SubscriptionCreated {
        types = types == null ? null : List.copyOf(types);
    }
}
