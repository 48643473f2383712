package com.vendorsla.sharedkernel.performance.query;

import com.vendorsla.sharedkernel.agreement.terms.Classification;
import com.vendorsla.sharedkernel.agreement.terms.ServiceLevelKind;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * A vendor's year: per agreement and per service level, over the year's closed periods. Credits are those of the
 * year's periods, whenever their later lines (disputes, earn-back) were added.
 */
public record VendorScorecardView(String vendorId, int year, List<AgreementScore> agreements) {

    /**
     * @param atRiskAmount        sum of the at-risk amounts of the year's closed periods
     * @param atRiskUsedPercent   {@code net / atRiskAmount × 100}, 3 decimals half-up; null when nothing was at risk
     * @param atRiskUsed          the same as a fraction, e.g. {@code 7000.00 / 30000.00}
     */
    public record AgreementScore(
            String agreementId,
            String title,
            String currency,
            int monthsMeasured,
            int monthsWithBreach,
            BigDecimal atRiskAmount,
            BigDecimal creditsAssessed,
            BigDecimal adjustments,
            BigDecimal disputeResolutions,
            BigDecimal clawedBack,
            BigDecimal net,
            BigDecimal disputed,
            BigDecimal atRiskUsedPercent,
            String atRiskUsed,
            List<ServiceLevelScore> serviceLevels) {
    }

    /**
     * @param attainmentPercent {@code met / monthsMeasured × 100}, 3 decimals half-up
     * @param attainment        the same as a fraction, e.g. {@code 2/3}
     * @param atRiskMonths      months met while the internal target was missed
     */
    public record ServiceLevelScore(
            String serviceLevelId,
            ServiceLevelKind kind,
            Classification classification,
            int monthsMeasured,
            int met,
            int breached,
            BigDecimal attainmentPercent,
            String attainment,
            int criticalFailures,
            int atRiskMonths,
            BigDecimal creditsAssessed,
            BigDecimal adjustments,
            BigDecimal disputeResolutions,
            BigDecimal clawedBack,
            BigDecimal net,
            BigDecimal atRiskUsedPercent,
            List<MonthScore> months) {
    }

    public record MonthScore(YearMonth period, BigDecimal measured, boolean met, boolean criticalFailure,
                             boolean atRisk) {
    }
}
