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

    /** Whether the outcome is settled for good (anything but PENDING). Not an is-getter, so it stays out of JSON. */
    public boolean decided() {
        return status != EarnBackStatus.PENDING;
    }
}
