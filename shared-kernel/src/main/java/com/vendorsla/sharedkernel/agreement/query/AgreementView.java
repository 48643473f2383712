package com.vendorsla.sharedkernel.agreement.query;

import com.vendorsla.sharedkernel.agreement.AgreementStatus;
import com.vendorsla.sharedkernel.agreement.AgreementType;
import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;

import java.time.LocalDate;

/**
 * An agreement as api.md shows it. {@code version} is the aggregate's sequence number; {@code termsVersion}
 * the version of the terms in force (0 before signature). {@code terms} are the effective terms.
 */
public record AgreementView(
        String id,
        String vendorId,
        String title,
        AgreementType type,
        String customer,
        AgreementStatus status,
        long version,
        int termsVersion,
        AgreementTerms terms,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        String parentAgreementId,
        String underpinsAgreementId) {
}
