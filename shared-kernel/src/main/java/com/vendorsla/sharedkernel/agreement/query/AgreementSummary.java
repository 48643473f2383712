package com.vendorsla.sharedkernel.agreement.query;

import com.vendorsla.sharedkernel.agreement.AgreementStatus;
import com.vendorsla.sharedkernel.agreement.AgreementType;

import java.time.LocalDate;

/** One row of the agreement list. */
public record AgreementSummary(
        String id,
        String vendorId,
        String title,
        AgreementType type,
        String customer,
        AgreementStatus status,
        long version,
        int termsVersion,
        LocalDate effectiveFrom,
        LocalDate effectiveTo) {
}
