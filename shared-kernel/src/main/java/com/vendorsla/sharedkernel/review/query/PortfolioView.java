package com.vendorsla.sharedkernel.review.query;

import java.math.BigDecimal;
import java.util.List;

/**
 * All vendors for one calendar year, ranked by attainment and credits, each with its trend against the year before
 * (see query-side's {@code Portfolio} for the rules). Vendors with nothing measured in the year come last, without a rank.
 */
public record PortfolioView(int year, int previousYear, List<VendorStanding> vendors) {

    /**
     * @param agreementIds       the agreements measured for the vendor in the year
     * @param serviceLevelMonths service-level months measured (one service level in one closed month)
     * @param attainmentPercent  met / serviceLevelMonths × 100, 3 decimals half-up
     * @param atRiskUsedPercent  net credits / at-risk amount × 100, 3 decimals half-up (see query-side's {@code Portfolio})
     * @param credits            the credit figures per currency (amounts of different currencies are never added)
     */
    public record VendorStanding(
            Integer rank,
            String vendorId,
            String name,
            List<String> agreementIds,
            int monthsClosed,
            int serviceLevelMonths,
            int met,
            int breached,
            int criticalFailures,
            BigDecimal attainmentPercent,
            String attainment,
            BigDecimal atRiskUsedPercent,
            List<CurrencyCredits> credits,
            Trend trend) {
    }

    public record CurrencyCredits(String currency, BigDecimal atRiskAmount, BigDecimal assessed, BigDecimal clawedBack,
                                  BigDecimal net, BigDecimal atRiskUsedPercent) {
    }

    /**
     * @param attainmentChange  percentage points, this year's attainment minus last year's
     * @param atRiskUsedChange  percentage points, this year's share of the at-risk amount used minus last year's
     */
    public record Trend(TrendDirection direction, BigDecimal previousAttainmentPercent, BigDecimal attainmentChange,
                        BigDecimal previousAtRiskUsedPercent, BigDecimal atRiskUsedChange) {
    }

    public enum TrendDirection {
        /** Higher attainment than last year, or the same with a smaller share of the at-risk amount used. */
        IMPROVED,
        /** Lower attainment than last year, or the same with a larger share used. */
        DECLINED,
        /** The same attainment and share as last year. */
        STEADY,
        /** Measured this year, not last year. */
        NEW,
        /** Nothing measured this year. */
        NO_DATA
    }
}
