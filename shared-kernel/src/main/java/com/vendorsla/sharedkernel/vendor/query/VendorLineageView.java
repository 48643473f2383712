package com.vendorsla.sharedkernel.vendor.query;

import com.vendorsla.sharedkernel.vendor.VendorStatus;

import java.util.List;

/**
 * A vendor's place in the chain of acquisitions: {@code acquiredBy} walks up from the vendor (its acquirer, then
 * that one's acquirer, ...), {@code acquired} lists every vendor absorbed into it directly or through another,
 * oldest acquisition first. {@code ultimateOwnerId} is the last vendor up the chain (the vendor itself if never
 * acquired).
 */
public record VendorLineageView(
        String vendorId,
        String name,
        VendorStatus status,
        String ultimateOwnerId,
        List<AcquisitionLink> acquiredBy,
        List<AcquisitionLink> acquired) {

    public VendorLineageView {
        acquiredBy = List.copyOf(acquiredBy);
        acquired = List.copyOf(acquired);
    }

    /** One acquisition in a lineage: {@code vendorId} acquired by {@code acquirerId} from {@code effectiveDate}. */
    public record AcquisitionLink(
            String acquisitionId,
            String vendorId,
            String vendorName,
            String acquirerId,
            String acquirerName,
            java.time.LocalDate effectiveDate,
            String reference) {
    }
}
