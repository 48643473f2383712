package com.vendorsla.sharedkernel.vendor.command;

import com.vendorsla.sharedkernel.vendor.AcquisitionId;
import com.vendorsla.sharedkernel.vendor.VendorId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Record that vendor {@code vendorId} was acquired by (or merged into) vendor {@code acquirerId} with effect from
 * {@code effectiveDate}. A merger into a new entity is two acquisitions by that new vendor.
 *
 * @param reference the deal's reference (register entry, contract number), optional
 */
public record AcquireVendor(
        @TargetAggregateIdentifier VendorId vendorId,
        AcquisitionId acquisitionId,
        VendorId acquirerId,
        LocalDate effectiveDate,
        String reference,
        Instant occurredAt,
        @TargetAggregateVersion Long expectedVersion) {
}
