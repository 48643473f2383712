package com.vendorsla.sharedkernel.performance.query;

import com.vendorsla.sharedkernel.performance.PeriodStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/** One row of an agreement's period list. */
public record PeriodSummary(
        String id,
        YearMonth period,
        PeriodStatus status,
        Integer termsVersion,
        long version,
        Instant closedAt,
        String currency,
        BigDecimal creditTotal,
        BigDecimal capReduction,
        BigDecimal creditNet,
        List<String> breached,
        List<String> criticalFailures,
        List<String> atRisk) {
}
