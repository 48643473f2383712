package com.vendorsla.sharedkernel.performance.calc;

import java.time.YearMonth;
import java.util.List;

/**
 * A termination right for cause, as granted when {@code periods}' last one closed.
 *
 * @param periods the breached periods that count towards it, oldest first (for a critical failure: that period)
 */
public record TerminationRightGrant(String serviceLevelId, TerminationCause cause, List<YearMonth> periods) {

    public TerminationRightGrant {
        periods = List.copyOf(periods);
    }
}
