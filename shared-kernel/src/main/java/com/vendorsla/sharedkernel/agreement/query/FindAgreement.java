package com.vendorsla.sharedkernel.agreement.query;

import com.vendorsla.sharedkernel.agreement.AgreementId;

/** One agreement as it stands now, answered by an {@link AgreementView}. */
public record FindAgreement(AgreementId agreementId) {
}
