package com.vendorsla.sharedkernel.agreement.query;

import com.vendorsla.sharedkernel.agreement.AgreementId;

/** The revisions of an agreement, oldest first. */
public record FindRevisions(AgreementId agreementId) {
}
