package com.vendorsla.sharedkernel.agreement.query;

import com.vendorsla.sharedkernel.agreement.AgreementId;

/** The termination rights granted on an agreement, oldest first. */
public record FindTerminationRights(AgreementId agreementId) {
}
