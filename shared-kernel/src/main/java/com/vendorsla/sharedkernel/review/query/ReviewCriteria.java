package com.vendorsla.sharedkernel.review.query;

import java.math.BigDecimal;

/**
 * What makes a service level a candidate for revision, and when a due review is overdue. Every report states the
 * criteria it applied, so a reader can redo the verdicts by hand.
 *
 * @param errorBudgetShare  percentage service levels (availability, response, resolution) are "met with margin" in a
 *                          month when at most this share of the error budget {@code 100 − target} was used, i.e. the
 *                          measured value is at least {@code 100 − (100 − target) × share}. Default 0.5:
 *                          availability 99.9 → 99.95, response 95 → 97.5
 * @param kpiMarginPercent  KPI service levels are met with margin when at least this many percent of the target better
 *                          than it: higher-is-better {@code ≥ target × (1 + m/100)}, lower-is-better
 *                          {@code ≤ target × (1 − m/100)}. Default 10: first-contact resolution 70 → 77
 * @param repeatedBreaches  breached in at least this many months of the year is "missed repeatedly". Default 3
 * @param overdueAfterDays  a due review not completed this many days after its due date is overdue. Default 30
 */
public record ReviewCriteria(BigDecimal errorBudgetShare, BigDecimal kpiMarginPercent, int repeatedBreaches,
                             int overdueAfterDays) {

    public static final ReviewCriteria DEFAULT = new ReviewCriteria(new BigDecimal("0.5"), new BigDecimal("10"), 3, 30);

    public ReviewCriteria {
        if (errorBudgetShare == null || errorBudgetShare.signum() < 0 || errorBudgetShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("errorBudgetShare lies between 0 and 1");
        }
        if (kpiMarginPercent == null || kpiMarginPercent.signum() < 0 || kpiMarginPercent.compareTo(new BigDecimal("100")) > 0) {
            throw new IllegalArgumentException("kpiMarginPercent lies between 0 and 100");
        }
        if (repeatedBreaches < 1 || overdueAfterDays < 0) {
            throw new IllegalArgumentException("repeatedBreaches is at least 1, overdueAfterDays at least 0");
        }
    }
}
