package com.vendorsla.sharedkernel.performance.calc;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One incident's contribution, so an auditor can see why it counted.
 *
 * @param measuredUntil       when the clock stopped, or the close for an incident still open then
 * @param coveredSeconds      covered time from opening to {@code measuredUntil}
 * @param customerWaitSeconds covered customer-waiting time in that span (merged), subtracted
 * @param elapsedSeconds      {@code coveredSeconds − customerWaitSeconds}: what is compared with the threshold
 * @param elapsedMinutes      {@code elapsedSeconds} in minutes, for display
 */
public record IncidentOutcome(
        String ticket,
        Instant openedAt,
        Instant measuredUntil,
        long coveredSeconds,
        long customerWaitSeconds,
        long elapsedSeconds,
        BigDecimal elapsedMinutes,
        IncidentStatus status) {

    public boolean counted() {
        return status != IncidentStatus.OPEN_LEFT_OUT;
    }
}
