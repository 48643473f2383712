package com.vendorsla.sharedkernel.agreement.query;

import com.vendorsla.sharedkernel.agreement.terms.TermsChange;

import java.util.List;

/**
 * One agreement renegotiated because of one acquisition: the renegotiation's state, the terms version in force at
 * the acquisition ({@code versionBefore}) and the one after the renegotiation ({@code versionAfter}, absent while
 * open and when terminated), {@code diff} between them (absent without a version after; empty when the terms were
 * kept) and the renegotiation's {@code history}: every step with its actor, oldest first.
 */
public record AffectedAgreementView(
        String agreementId,
        String title,
        String acquisitionId,
        String acquiredVendorId,
        String acquirerId,
        RenegotiationView renegotiation,
        int versionBefore,
        Integer versionAfter,
        List<TermsChange> diff,
        List<RenegotiationStepView> history) {

    public AffectedAgreementView {
        diff = diff == null ? null : List.copyOf(diff);
        history = List.copyOf(history);
    }
}
