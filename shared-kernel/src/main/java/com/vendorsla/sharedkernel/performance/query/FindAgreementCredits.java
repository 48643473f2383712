package com.vendorsla.sharedkernel.performance.query;

import com.vendorsla.sharedkernel.agreement.AgreementId;

/** The credit ledger of one agreement, optionally of one year's periods, answered by a {@link CreditLedgerView}. */
public record FindAgreementCredits(AgreementId agreementId, Integer year) {
}
