package com.vendorsla.sharedkernel.performance.calc;

import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;
import com.vendorsla.sharedkernel.agreement.terms.ServiceLevel;
import com.vendorsla.sharedkernel.agreement.terms.ServiceLevelKind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Closes a period: measures every service level of the terms in force at the period's start and assesses the
 * credits. One call, one result, so the command handler stores it whole in the closing event.
 */
public final class PeriodEvaluator {

    private PeriodEvaluator() {
    }

    /**
     * @param closedAt     business time of the close: incidents still open then are counted or left out
     * @param waiverReason non-blank to excuse KPI service levels without a reported value
     * @param termsVersion version of {@code terms}, recorded on every credit line
     */
    public static PeriodEvaluation evaluate(AgreementTerms terms, YearMonth month, PeriodFacts facts,
                                            Instant closedAt, String waiverReason, int termsVersion) {
        Objects.requireNonNull(terms.serviceLevels(), "terms.serviceLevels");
        CoverageCalendar calendar = CoverageCalendar.of(terms.coverage());
        boolean waived = waiverReason != null && !waiverReason.isBlank();
        List<ServiceLevelResult> results = new ArrayList<>();
        Map<String, AvailabilityMeasurement> availability = new LinkedHashMap<>();
        Map<String, ComplianceMeasurement> compliance = new LinkedHashMap<>();
        for (ServiceLevel level : terms.serviceLevels()) {
            switch (level.kind()) {
                case AVAILABILITY -> {
                    AvailabilityMeasurement m = AvailabilityCalculator.measure(calendar, month,
                            facts.vendorDowntime().getOrDefault(level.id(), List.of()));
                    availability.put(level.id(), m);
                    results.add(availabilityResult(level, m));
                }
                case RESPONSE_TIME, RESOLUTION_TIME -> {
                    ComplianceKind kind = ComplianceKind.of(level.kind());
                    ComplianceMeasurement m = ComplianceCalculator.measure(calendar, month, facts.incidents(),
                            level.severity(), level.thresholdMinutes(), kind, closedAt);
                    compliance.put(level.id(), m);
                    results.add(complianceResult(level, kind, m, month));
                }
                case KPI -> results.add(kpiResult(level, facts.kpiValues().get(level.id()), waived, waiverReason));
            }
        }
        return new PeriodEvaluation(results, CreditCalculator.assess(terms, results, termsVersion),
                availability, compliance);
    }

    private static ServiceLevelResult availabilityResult(ServiceLevel level, AvailabilityMeasurement m) {
        boolean met = m.meets(level.target());
        boolean criticalFailure = level.isCritical() && level.minimum() != null && m.below(level.minimum());
        boolean atRisk = met && level.internalTarget() != null && !m.meets(level.internalTarget());
        String explanation = m.reported().toPlainString() + " % available ("
                + m.countedDowntimeMinutes().toPlainString() + " of " + m.coveredMinutes().toPlainString()
                + " covered minutes down)";
        return result(level, m.percent(), met, criticalFailure, atRisk, explanation, m.available());
    }

    private static ServiceLevelResult complianceResult(ServiceLevel level, ComplianceKind kind,
                                                       ComplianceMeasurement m, YearMonth month) {
        String verb = kind == ComplianceKind.RESPONSE ? "responded to" : "resolved";
        String leftOut = m.leftOut() == 0 ? "" : " (" + m.leftOut() + " open at close left out)";
        if (m.counted() == 0) {
            return result(level, null, true, false, false,
                    "no " + level.severity() + " incidents counted in " + month + leftOut + ": met", null);
        }
        boolean met = m.meets(level.target());
        boolean criticalFailure = level.isCritical() && level.minimum() != null && m.below(level.minimum());
        boolean atRisk = met && level.internalTarget() != null && !m.meets(level.internalTarget());
        String explanation = m.withinThreshold() + " of " + m.counted() + " " + level.severity() + " incidents "
                + verb + " within " + level.thresholdMinutes() + " covered minutes" + leftOut + ": "
                + m.percent().setScale(3, RoundingMode.HALF_UP).toPlainString() + " %";
        return result(level, m.percent(), met, criticalFailure, atRisk, explanation, m.compliant());
    }

    private static ServiceLevelResult kpiResult(ServiceLevel level, BigDecimal value, boolean waived,
                                                String waiverReason) {
        KpiEvaluation kpi = KpiCalculator.evaluate(level, value, waived);
        if (kpi.waived()) {
            return result(level, null, true, false, false, "waived: " + waiverReason.strip(), null);
        }
        // No value is a breach but not a critical failure: nothing was measured below the minimum.
        boolean criticalFailure = value != null && level.isCritical() && level.minimum() != null
                && !KpiCalculator.atOrBetter(level, value, level.minimum());
        boolean atRisk = kpi.met() && level.internalTarget() != null
                && !KpiCalculator.atOrBetter(level, value, level.internalTarget());
        return result(level, value, kpi.met(), criticalFailure, atRisk, kpi.explanation(), null);
    }

    private static ServiceLevelResult result(ServiceLevel level, BigDecimal measured, boolean met,
                                             boolean criticalFailure, boolean atRisk, String explanation,
                                             Ratio exact) {
        StringBuilder text = new StringBuilder(explanation);
        if (measured != null && level.kind() != ServiceLevelKind.KPI) {
            text.append("; target ").append(level.target().toPlainString()).append(" %: ")
                    .append(met ? "met" : "breached");
        }
        if (criticalFailure) {
            text.append("; worse than minimum ").append(level.minimum().toPlainString()).append(": critical failure");
        }
        if (atRisk) {
            text.append("; internal target ").append(level.internalTarget().toPlainString()).append(" missed: at risk");
        }
        return new ServiceLevelResult(level.id(), level.kind(), level.classification(), measured, level.target(),
                level.minimum(), level.internalTarget(), met, criticalFailure, atRisk, text.toString(), exact);
    }
}
