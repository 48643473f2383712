package com.vendorsla.sharedkernel.vendor.command;

import com.vendorsla.sharedkernel.vendor.VendorId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Register a provider the organisation holds agreements with. */
public record RegisterVendor(
        @TargetAggregateIdentifier VendorId vendorId,
        String name,
        String country,
        String reference,
        Instant occurredAt) {
}
