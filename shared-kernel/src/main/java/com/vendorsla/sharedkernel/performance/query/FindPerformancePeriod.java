package com.vendorsla.sharedkernel.performance.query;

import com.vendorsla.sharedkernel.agreement.AgreementId;

import java.time.YearMonth;

/** One month of one agreement, answered by a {@link PerformancePeriodView} (empty when nothing is known of it). */
public record FindPerformancePeriod(AgreementId agreementId, YearMonth period) {
}
