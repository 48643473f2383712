package com.vendorsla.sharedkernel.agreement.query;

import com.vendorsla.sharedkernel.agreement.AgreementId;

/** One version of an agreement's terms. */
public record FindAgreementVersion(AgreementId agreementId, int termsVersion) {
}
