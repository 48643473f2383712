package com.vendorsla.sharedkernel.performance.calc;

import com.vendorsla.sharedkernel.agreement.terms.Classification;
import com.vendorsla.sharedkernel.agreement.terms.ServiceLevelKind;

import java.math.BigDecimal;

/**
 * One service level's verdict for one closed period, flat enough to store in an event as it is.
 *
 * @param measured             availability or compliance percent, or the KPI value; null when there was nothing
 *                             to measure (no incidents counted, no KPI value reported)
 * @param met                  at or above target ({@code LOWER_IS_BETTER}: at or below); contractual
 * @param criticalFailure      a CRITICAL service level worse than its minimum: grants a termination right at once
 * @param internalTargetMissed met contractually but missed the internal target: "at risk", never a breach
 * @param explanation          the verdict in words, for the vendor manager and the auditor
 * @param exact                the exact fraction behind {@code measured} for availability and compliance (null for
 *                             KPIs and when nothing counted), so credit tiers compare without rounding
 */
public record ServiceLevelResult(
        String serviceLevelId,
        ServiceLevelKind kind,
        Classification classification,
        BigDecimal measured,
        BigDecimal target,
        BigDecimal minimum,
        BigDecimal internalTarget,
        boolean met,
        boolean criticalFailure,
        boolean internalTargetMissed,
        String explanation,
        Ratio exact) {

    /** A result without the exact fraction (a KPI, or one rebuilt from stored figures). */
    public ServiceLevelResult(String serviceLevelId, ServiceLevelKind kind, Classification classification,
                              BigDecimal measured, BigDecimal target, BigDecimal minimum, BigDecimal internalTarget,
                              boolean met, boolean criticalFailure, boolean internalTargetMissed, String explanation) {
        this(serviceLevelId, kind, classification, measured, target, minimum, internalTarget, met, criticalFailure,
                internalTargetMissed, explanation, null);
    }

    public boolean breached() {
        return !met;
    }

    /** Exactly below {@code percent}: from the fraction when known, else from {@code measured}. */
    public boolean measuredBelow(BigDecimal percent) {
        if (exact != null) {
            return exact.below(percent);
        }
        return measured != null && measured.compareTo(percent) < 0;
    }
}
