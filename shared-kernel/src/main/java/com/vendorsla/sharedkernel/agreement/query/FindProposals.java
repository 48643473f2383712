package com.vendorsla.sharedkernel.agreement.query;

import com.vendorsla.sharedkernel.agreement.AgreementId;

/** The negotiation proposals of an agreement, oldest first. */
public record FindProposals(AgreementId agreementId) {
}
