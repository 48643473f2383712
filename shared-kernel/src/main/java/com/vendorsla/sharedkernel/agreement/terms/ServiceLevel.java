package com.vendorsla.sharedkernel.agreement.terms;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.math.BigDecimal;

/**
 * A measured objective with a stable id inside the agreement (domain.md, glossary "service level").
 *
 * @param severity         for RESPONSE_TIME and RESOLUTION_TIME: which incidents count
 * @param thresholdMinutes for RESPONSE_TIME and RESOLUTION_TIME: covered minutes allowed per incident
 * @param direction        for KPI: whether more is better
 * @param target           contractual target (percent for availability and compliance; the KPI's own unit)
 * @param minimum          optional floor; missing it is a critical failure
 * @param internalTarget   optional stricter private target: early warning only, never a breach
 * @param allocationPercent for CRITICAL service levels under pool allocation: share of the at-risk amount
 */
public record ServiceLevel(
        String id,
        String name,
        ServiceLevelKind kind,
        Severity severity,
        Integer thresholdMinutes,
        KpiDirection direction,
        BigDecimal target,
        BigDecimal minimum,
        BigDecimal internalTarget,
        Classification classification,
        BigDecimal allocationPercent) {

    @JsonIgnore
    public boolean isCritical() {
        return classification == Classification.CRITICAL;
    }

    /** Whether higher measured values are better: true for all kinds but LOWER_IS_BETTER KPIs. */
    public boolean higherIsBetter() {
        return kind != ServiceLevelKind.KPI || direction != KpiDirection.LOWER_IS_BETTER;
    }
}
