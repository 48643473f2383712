package com.vendorsla.sharedkernel.agreement.command;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.AgreementType;
import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;
import com.vendorsla.sharedkernel.vendor.VendorId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Draft an agreement with a vendor. {@code effectiveFrom} may lie in the past: existing contracts are entered
 * this way and their past months back-filled.
 *
 * @param parentAgreementId  MULTI_LEVEL only: the agreement whose terms this one inherits and overrides
 * @param underpinsAgreementId OLA only: the external agreement this internal one underpins (optional)
 */
public record DraftAgreement(
        @TargetAggregateIdentifier AgreementId agreementId,
        VendorId vendorId,
        String title,
        AgreementType type,
        String customer,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        AgreementId parentAgreementId,
        AgreementId underpinsAgreementId,
        AgreementTerms terms,
        Instant occurredAt) {
}
