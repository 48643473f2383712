package com.vendorsla.sharedkernel.agreement.query;

import com.vendorsla.sharedkernel.agreement.AgreementId;

/** One negotiation proposal of an agreement. */
public record FindProposal(AgreementId agreementId, String proposalId) {
}
