package com.vendorsla.query.review;

import com.vendorsla.sharedkernel.review.query.ReviewCriteria;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The review criteria (defaults: {@link ReviewCriteria#DEFAULT}), overridable with {@code sla.reviews.*}, and the
 * day against which due reviews are overdue (the write side's clock when it runs in the same JVM, else the system's).
 */
@Component
public class ReviewSettings {

    private final ReviewCriteria criteria;
    private final Clock clock;

    public ReviewSettings(@Value("${sla.reviews.error-budget-share:0.5}") BigDecimal errorBudgetShare,
                          @Value("${sla.reviews.kpi-margin-percent:10}") BigDecimal kpiMarginPercent,
                          @Value("${sla.reviews.repeated-breaches:3}") int repeatedBreaches,
                          @Value("${sla.reviews.overdue-after-days:30}") int overdueAfterDays,
                          ObjectProvider<Clock> clock) {
        this.criteria = new ReviewCriteria(errorBudgetShare, kpiMarginPercent, repeatedBreaches, overdueAfterDays);
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public ReviewCriteria criteria() {
        return criteria;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
