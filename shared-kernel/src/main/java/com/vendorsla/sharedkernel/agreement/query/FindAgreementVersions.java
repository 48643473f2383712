package com.vendorsla.sharedkernel.agreement.query;

import com.vendorsla.sharedkernel.agreement.AgreementId;

/** The versions of an agreement's terms, oldest first. */
public record FindAgreementVersions(AgreementId agreementId) {
}
