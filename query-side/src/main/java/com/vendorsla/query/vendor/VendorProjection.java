package com.vendorsla.query.vendor;

import com.vendorsla.sharedkernel.vendor.event.VendorAcquired;
import com.vendorsla.sharedkernel.vendor.event.VendorRegistered;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/** Keeps {@code vendor_view} in step with the vendors' events. */
@Component
@ProcessingGroup(VendorProjection.NAME)
public class VendorProjection {

    public static final String NAME = "vendor-view";

    private final VendorViews views;

    public VendorProjection(VendorViews views) {
        this.views = views;
    }

    @EventHandler
    void on(VendorRegistered event, @SequenceNumber long sequence) {
        views.insert(event.vendorId().value(), event.name(), event.country(), event.reference(), sequence,
                event.occurredAt());
    }

    @EventHandler
    void on(VendorAcquired event, @SequenceNumber long sequence) {
        views.acquired(event.vendorId().value(), event.acquirerId().value(), sequence);
    }

    @ResetHandler
    void reset() {
        views.deleteAll();
    }
}
