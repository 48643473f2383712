package com.vendorsla.sharedkernel.agreement.query;

import com.vendorsla.sharedkernel.agreement.RenegotiationOutcome;
import com.vendorsla.sharedkernel.agreement.RenegotiationStatus;

import java.time.Instant;
import java.time.LocalDate;

/** One renegotiation in a portfolio list. */
public record RenegotiationSummary(
        String agreementId,
        String title,
        String acquisitionId,
        String acquiredVendorId,
        String acquirerId,
        LocalDate acquisitionEffectiveDate,
        RenegotiationStatus status,
        LocalDate deadline,
        RenegotiationOutcome outcome,
        Instant openedAt,
        Instant overdueSince,
        Instant concludedAt,
        int versionBefore,
        Integer versionAfter) {
}
