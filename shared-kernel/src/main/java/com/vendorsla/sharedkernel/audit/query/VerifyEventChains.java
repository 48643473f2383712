package com.vendorsla.sharedkernel.audit.query;

import com.vendorsla.sharedkernel.agreement.AgreementId;

/**
 * Recomputes hash chains from the stored events, answered by an {@link IntegrityReport}: of one aggregate
 * ({@code aggregateId}), of an agreement with each of its performance periods ({@code agreementWithPeriods}), or of
 * every aggregate (both null).
 */
public record VerifyEventChains(String aggregateId, AgreementId agreementWithPeriods) {

    public VerifyEventChains(String aggregateId) {
        this(aggregateId, null);
    }

    public static VerifyEventChains ofAgreementWithPeriods(AgreementId agreementId) {
        return new VerifyEventChains(null, agreementId);
    }
}
