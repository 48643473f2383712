package com.vendorsla.sharedkernel.vendor.event;

import com.vendorsla.sharedkernel.vendor.AcquisitionId;
import com.vendorsla.sharedkernel.vendor.VendorId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Vendor {@code vendorId} was acquired by vendor {@code acquirerId} with effect from {@code effectiveDate}: it is
 * ACQUIRED from now on, and every agreement in force with it is to be renegotiated (domain.md, Acquisitions).
 */
@Revision("1")
public record VendorAcquired(
        VendorId vendorId,
        AcquisitionId acquisitionId,
        VendorId acquirerId,
        LocalDate effectiveDate,
        String reference,
        Instant occurredAt) implements VendorEvent {
}
