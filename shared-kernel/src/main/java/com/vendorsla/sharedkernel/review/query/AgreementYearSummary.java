package com.vendorsla.sharedkernel.review.query;

import java.math.BigDecimal;

/**
 * One agreement's year in the figures the portfolio ranks by (see {@link AnnualReviewReport#summary()}). The
 * vendor is the one its latest closed period of the year was measured for, so an agreement reassigned after an
 * acquisition counts for the acquirer from then on.
 */
public record AgreementYearSummary(
        String agreementId,
        String vendorId,
        String title,
        int year,
        String currency,
        int monthsClosed,
        int serviceLevelMonths,
        int met,
        int breached,
        int criticalFailures,
        BigDecimal atRiskAmount,
        BigDecimal assessed,
        BigDecimal clawedBack,
        BigDecimal net) {
}
