package com.vendorsla.sharedkernel.agreement.event;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.AgreementType;
import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;
import com.vendorsla.sharedkernel.vendor.VendorId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An agreement was drafted. {@code terms} are the draft's own terms as entered (for a MULTI_LEVEL child, only
 * what it overrides); {@code effectiveTerms} are the complete terms the agreement would be signed on, so a
 * reader of this event alone sees what was on the table.
 */
@Revision("1")
public record AgreementDrafted(
        AgreementId agreementId,
        VendorId vendorId,
        String title,
        AgreementType type,
        String customer,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        AgreementId parentAgreementId,
        AgreementId underpinsAgreementId,
        AgreementTerms terms,
        AgreementTerms effectiveTerms,
        Instant occurredAt) implements AgreementEvent {
}
