package com.vendorsla.sharedkernel.testsupport;

import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;
import com.vendorsla.sharedkernel.agreement.terms.Classification;
import com.vendorsla.sharedkernel.agreement.terms.Coverage;
import com.vendorsla.sharedkernel.agreement.terms.CreditPolicy;
import com.vendorsla.sharedkernel.agreement.terms.CreditTier;
import com.vendorsla.sharedkernel.agreement.terms.EarnBack;
import com.vendorsla.sharedkernel.agreement.terms.KpiDirection;
import com.vendorsla.sharedkernel.agreement.terms.ServiceLevel;
import com.vendorsla.sharedkernel.agreement.terms.ServiceLevelKind;
import com.vendorsla.sharedkernel.agreement.terms.Severity;
import com.vendorsla.sharedkernel.agreement.terms.TerminationPolicy;
import com.vendorsla.sharedkernel.agreement.terms.Weekday;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Valid terms as api.md writes them, for tests of every module (shipped in shared-kernel's test-jar), and small
 * "with" helpers to break exactly one thing in them.
 */
public final class TermsExamples {

    private TermsExamples() {
    }

    public static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    public static ServiceLevel availability() {
        return new ServiceLevel("availability", "Platform availability", ServiceLevelKind.AVAILABILITY, null, null, null,
                dec("99.9"), dec("99.0"), dec("99.95"), Classification.CRITICAL, dec("50"));
    }

    public static ServiceLevel urgentResponse() {
        return new ServiceLevel("urgent-response", null, ServiceLevelKind.RESPONSE_TIME, Severity.URGENT, 60, null,
                dec("95"), null, null, Classification.CRITICAL, dec("40"));
    }

    public static ServiceLevel highResolution() {
        return new ServiceLevel("high-resolution", "High incidents resolved in 8 h", ServiceLevelKind.RESOLUTION_TIME,
                Severity.HIGH, 480, null, dec("90"), null, null, Classification.CRITICAL, dec("30"));
    }

    public static ServiceLevel firstContactResolution() {
        return new ServiceLevel("fcr", null, ServiceLevelKind.KPI, null, null, KpiDirection.HIGHER_IS_BETTER,
                dec("70"), null, null, Classification.KEY, null);
    }

    public static ServiceLevel backlogKpi() {
        return new ServiceLevel("backlog", "Open tickets at month end", ServiceLevelKind.KPI, null, null,
                KpiDirection.LOWER_IS_BETTER, dec("25"), dec("40"), dec("20"), Classification.KEY, null);
    }

    /** api.md's draft example: 24x7, pool allocation, earn-back, termination, renegotiation window. */
    public static AgreementTerms poolTerms() {
        return new AgreementTerms("EUR", dec("100000.00"), Coverage.allHours("UTC"),
                List.of(availability(), urgentResponse(), firstContactResolution()),
                CreditPolicy.pool(dec("10"), dec("150")), new EarnBack(3), new TerminationPolicy(2, 3, 60), 90);
    }

    /** Business hours in Berlin with a holiday, tiered credits, every kind of service level. */
    public static AgreementTerms tieredBusinessHoursTerms() {
        return new AgreementTerms("EUR", dec("25000.00"),
                Coverage.businessHours("Europe/Berlin", List.of(Weekday.MON, Weekday.TUE, Weekday.WED, Weekday.THU, Weekday.FRI),
                        LocalTime.of(8, 0), LocalTime.of(18, 0), List.of(LocalDate.of(2026, 12, 25))),
                List.of(availability(), urgentResponse(), highResolution(), firstContactResolution(), backlogKpi()),
                CreditPolicy.tiered(List.of(new CreditTier(dec("99.99"), dec("10")), new CreditTier(dec("99.0"), dec("30"))),
                        dec("100")),
                new EarnBack(0), null, null);
    }

    public static AgreementTerms withCurrency(AgreementTerms t, String currency) {
        return new AgreementTerms(currency, t.monthlyCharge(), t.coverage(), t.serviceLevels(), t.creditPolicy(),
                t.earnBack(), t.termination(), t.renegotiationWindowDays());
    }

    public static AgreementTerms withMonthlyCharge(AgreementTerms t, BigDecimal charge) {
        return new AgreementTerms(t.currency(), charge, t.coverage(), t.serviceLevels(), t.creditPolicy(),
                t.earnBack(), t.termination(), t.renegotiationWindowDays());
    }

    public static AgreementTerms withCoverage(AgreementTerms t, Coverage coverage) {
        return new AgreementTerms(t.currency(), t.monthlyCharge(), coverage, t.serviceLevels(), t.creditPolicy(),
                t.earnBack(), t.termination(), t.renegotiationWindowDays());
    }

    public static AgreementTerms withServiceLevels(AgreementTerms t, List<ServiceLevel> levels) {
        return new AgreementTerms(t.currency(), t.monthlyCharge(), t.coverage(), levels, t.creditPolicy(),
                t.earnBack(), t.termination(), t.renegotiationWindowDays());
    }

    /** Replaces the service level at {@code index} by what {@code change} makes of it. */
    public static AgreementTerms withServiceLevel(AgreementTerms t, int index, UnaryOperator<ServiceLevel> change) {
        List<ServiceLevel> levels = new ArrayList<>(t.serviceLevels());
        levels.set(index, change.apply(levels.get(index)));
        return withServiceLevels(t, levels);
    }

    public static AgreementTerms withCreditPolicy(AgreementTerms t, CreditPolicy policy) {
        return new AgreementTerms(t.currency(), t.monthlyCharge(), t.coverage(), t.serviceLevels(), policy,
                t.earnBack(), t.termination(), t.renegotiationWindowDays());
    }

    public static AgreementTerms withEarnBack(AgreementTerms t, EarnBack earnBack) {
        return new AgreementTerms(t.currency(), t.monthlyCharge(), t.coverage(), t.serviceLevels(), t.creditPolicy(),
                earnBack, t.termination(), t.renegotiationWindowDays());
    }

    public static AgreementTerms withTermination(AgreementTerms t, TerminationPolicy termination) {
        return new AgreementTerms(t.currency(), t.monthlyCharge(), t.coverage(), t.serviceLevels(), t.creditPolicy(),
                t.earnBack(), termination, t.renegotiationWindowDays());
    }

    public static AgreementTerms withRenegotiationWindowDays(AgreementTerms t, Integer days) {
        return new AgreementTerms(t.currency(), t.monthlyCharge(), t.coverage(), t.serviceLevels(), t.creditPolicy(),
                t.earnBack(), t.termination(), days);
    }

    /** Only the monthly charge: what a multi-level child states when it overrides nothing else. */
    public static AgreementTerms onlyMonthlyCharge(String charge) {
        return new AgreementTerms(null, dec(charge), null, null, null, null, null, null);
    }

    public static ServiceLevel target(ServiceLevel s, String target) {
        return new ServiceLevel(s.id(), s.name(), s.kind(), s.severity(), s.thresholdMinutes(), s.direction(),
                target == null ? null : dec(target), s.minimum(), s.internalTarget(), s.classification(), s.allocationPercent());
    }

    public static ServiceLevel minimum(ServiceLevel s, String minimum) {
        return new ServiceLevel(s.id(), s.name(), s.kind(), s.severity(), s.thresholdMinutes(), s.direction(),
                s.target(), minimum == null ? null : dec(minimum), s.internalTarget(), s.classification(), s.allocationPercent());
    }

    public static ServiceLevel internalTarget(ServiceLevel s, String internalTarget) {
        return new ServiceLevel(s.id(), s.name(), s.kind(), s.severity(), s.thresholdMinutes(), s.direction(),
                s.target(), s.minimum(), internalTarget == null ? null : dec(internalTarget), s.classification(), s.allocationPercent());
    }

    public static ServiceLevel allocation(ServiceLevel s, String allocationPercent) {
        return new ServiceLevel(s.id(), s.name(), s.kind(), s.severity(), s.thresholdMinutes(), s.direction(),
                s.target(), s.minimum(), s.internalTarget(), s.classification(),
                allocationPercent == null ? null : dec(allocationPercent));
    }

    public static ServiceLevel id(ServiceLevel s, String id) {
        return new ServiceLevel(id, s.name(), s.kind(), s.severity(), s.thresholdMinutes(), s.direction(),
                s.target(), s.minimum(), s.internalTarget(), s.classification(), s.allocationPercent());
    }

    public static ServiceLevel kind(ServiceLevel s, ServiceLevelKind kind) {
        return new ServiceLevel(s.id(), s.name(), kind, s.severity(), s.thresholdMinutes(), s.direction(),
                s.target(), s.minimum(), s.internalTarget(), s.classification(), s.allocationPercent());
    }

    public static ServiceLevel severity(ServiceLevel s, Severity severity) {
        return new ServiceLevel(s.id(), s.name(), s.kind(), severity, s.thresholdMinutes(), s.direction(),
                s.target(), s.minimum(), s.internalTarget(), s.classification(), s.allocationPercent());
    }

    public static ServiceLevel threshold(ServiceLevel s, Integer thresholdMinutes) {
        return new ServiceLevel(s.id(), s.name(), s.kind(), s.severity(), thresholdMinutes, s.direction(),
                s.target(), s.minimum(), s.internalTarget(), s.classification(), s.allocationPercent());
    }

    public static ServiceLevel direction(ServiceLevel s, KpiDirection direction) {
        return new ServiceLevel(s.id(), s.name(), s.kind(), s.severity(), s.thresholdMinutes(), direction,
                s.target(), s.minimum(), s.internalTarget(), s.classification(), s.allocationPercent());
    }

    public static ServiceLevel classification(ServiceLevel s, Classification classification) {
        return new ServiceLevel(s.id(), s.name(), s.kind(), s.severity(), s.thresholdMinutes(), s.direction(),
                s.target(), s.minimum(), s.internalTarget(), classification, s.allocationPercent());
    }
}
