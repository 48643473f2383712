package com.vendorsla.sharedkernel.agreement.query;

import com.vendorsla.sharedkernel.agreement.AgreementId;

/** Every renegotiation of one agreement (one per acquisition it went through), oldest first. */
public record FindAgreementRenegotiations(AgreementId agreementId) {
}
