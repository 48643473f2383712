package com.vendorsla.sharedkernel.performance.calc;

import java.math.BigDecimal;

/**
 * A KPI service level's verdict for one period.
 *
 * @param value  the reported value, null when none was reported
 * @param waived true when no value was reported and the period was closed with a waiver
 */
public record KpiEvaluation(BigDecimal value, boolean met, boolean waived, String explanation) {
}
