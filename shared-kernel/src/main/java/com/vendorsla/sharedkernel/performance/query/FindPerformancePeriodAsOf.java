package com.vendorsla.sharedkernel.performance.query;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.audit.query.AsOf;

import java.time.YearMonth;

/**
 * One month of one agreement as it stood at an instant ({@link AsOf}): the period's events folded from the event
 * store (not from a read model). Answered by a {@link PerformancePeriodView}; empty when nothing had happened in the
 * period by then.
 */
public record FindPerformancePeriodAsOf(AgreementId agreementId, YearMonth period, AsOf asOf) {
}
