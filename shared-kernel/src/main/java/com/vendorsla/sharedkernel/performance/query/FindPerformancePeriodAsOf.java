package com.vendorsla.sharedkernel.performance.query;

import com.vendorsla.sharedkernel.agreement.AgreementId;

import java.time.Instant;
import java.time.YearMonth;

/**
 * One month of one agreement as it stood at {@code asOf}: the period's events recorded by then, folded from the
 * event store (not from a read model). Answered by a {@link PerformancePeriodView}; empty when nothing had been
 * recorded for the month by then.
 */
public record FindPerformancePeriodAsOf(AgreementId agreementId, YearMonth period, Instant asOf) {
}
