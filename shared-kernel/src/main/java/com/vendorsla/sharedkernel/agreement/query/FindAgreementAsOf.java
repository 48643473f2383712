package com.vendorsla.sharedkernel.agreement.query;

import com.vendorsla.sharedkernel.agreement.AgreementId;

import java.time.Instant;

/** One agreement as it stood at {@code asOf}, rebuilt from its events recorded by then (not from a read model). */
public record FindAgreementAsOf(AgreementId agreementId, Instant asOf) {
}
