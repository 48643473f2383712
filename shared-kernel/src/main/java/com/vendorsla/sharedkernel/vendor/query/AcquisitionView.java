package com.vendorsla.sharedkernel.vendor.query;

import com.vendorsla.sharedkernel.agreement.query.AffectedAgreementView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The legal view of one acquisition (api.md, {@code GET /api/vendors/{id}/acquisition}): who acquired the vendor
 * and from when, and every agreement renegotiated because of it, with its renegotiation, the versions before and
 * after, what changed and who did what. {@code version} is the acquired vendor's sequence number.
 */
public record AcquisitionView(
        String acquisitionId,
        String vendorId,
        String vendorName,
        String acquirerId,
        String acquirerName,
        LocalDate effectiveDate,
        String reference,
        Instant recordedAt,
        String recordedBy,
        long version,
        List<AffectedAgreementView> agreements) {

    public AcquisitionView {
        agreements = List.copyOf(agreements);
    }
}
