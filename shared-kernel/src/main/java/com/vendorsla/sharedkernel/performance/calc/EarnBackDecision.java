package com.vendorsla.sharedkernel.performance.calc;

import java.time.YearMonth;
import java.util.List;

/**
 * @param decidedIn the period whose close decided it (the N-th met period, or the first missed one); null while
 *                  {@code PENDING} and for {@code NOT_ELIGIBLE}
 * @param window    the earn-back periods: the N periods after the credit's period (empty when not eligible)
 */
public record EarnBackDecision(EarnBackStatus status, YearMonth decidedIn, List<YearMonth> window,
                               String explanation) {

    public EarnBackDecision {
        window = List.copyOf(window);
    }

    public boolean isFinal() {
        return status != EarnBackStatus.PENDING;
    }
}
