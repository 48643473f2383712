package com.vendorsla.sharedkernel.agreement.query;

import com.vendorsla.sharedkernel.agreement.AgreementId;

/** One revision of an agreement. */
public record FindRevision(AgreementId agreementId, int revision) {
}
