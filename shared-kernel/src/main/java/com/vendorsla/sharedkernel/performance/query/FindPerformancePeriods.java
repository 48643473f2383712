package com.vendorsla.sharedkernel.performance.query;

import com.vendorsla.sharedkernel.agreement.AgreementId;

/** The periods of one agreement that have been opened, oldest first, answered by {@link PeriodSummary}s. */
public record FindPerformancePeriods(AgreementId agreementId, Integer year) {
}
