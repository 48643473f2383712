package com.vendorsla.sharedkernel.vendor.event;

import com.vendorsla.sharedkernel.vendor.VendorId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A provider became known to the platform. */
@Revision("1")
public record VendorRegistered(
        VendorId vendorId,
        String name,
        String country,
        String reference,
        Instant occurredAt) implements VendorEvent {
}
