package com.vendorsla.sharedkernel.performance;

import com.vendorsla.sharedkernel.agreement.terms.Classification;
import com.vendorsla.sharedkernel.agreement.terms.ServiceLevelKind;
import com.vendorsla.sharedkernel.performance.calc.ServiceLevelResult;

import java.math.BigDecimal;

/**
 * How one service level fared in a closed period, as stored in the closing event.
 *
 * @param measured      percent (availability, compliance) or the KPI value; null when nothing was measured
 * @param atRisk        the contractual target was met but the internal target was not (early warning only)
 * @param exactPart     with {@code exactWhole}: the exact fraction behind a percentage (e.g. available and covered
 *                      seconds), so an auditor can recompute it without rounding
 * @param explanation   the calculation in words, e.g. "99.884 % available (50 of 43200 covered minutes down)"
 */
public record ServiceLevelOutcome(
        String serviceLevelId,
        ServiceLevelKind kind,
        Classification classification,
        BigDecimal measured,
        BigDecimal target,
        BigDecimal minimum,
        BigDecimal internalTarget,
        boolean met,
        boolean criticalFailure,
        boolean atRisk,
        Long exactPart,
        Long exactWhole,
        String explanation) {

    /** The outcome stored for a calculated result. */
    public static ServiceLevelOutcome of(ServiceLevelResult r) {
        return new ServiceLevelOutcome(r.serviceLevelId(), r.kind(), r.classification(), r.measured(), r.target(),
                r.minimum(), r.internalTarget(), r.met(), r.criticalFailure(), r.internalTargetMissed(),
                r.exact() == null ? null : r.exact().part(), r.exact() == null ? null : r.exact().whole(),
                r.explanation());
    }
}
