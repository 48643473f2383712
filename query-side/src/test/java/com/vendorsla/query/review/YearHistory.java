package com.vendorsla.query.review;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.AgreementType;
import com.vendorsla.sharedkernel.agreement.event.AgreementActivated;
import com.vendorsla.sharedkernel.agreement.event.AgreementDrafted;
import com.vendorsla.sharedkernel.agreement.event.AgreementEvent;
import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;
import com.vendorsla.sharedkernel.agreement.terms.Classification;
import com.vendorsla.sharedkernel.agreement.terms.Coverage;
import com.vendorsla.sharedkernel.agreement.terms.CreditMethod;
import com.vendorsla.sharedkernel.agreement.terms.CreditPolicy;
import com.vendorsla.sharedkernel.agreement.terms.EarnBack;
import com.vendorsla.sharedkernel.agreement.terms.KpiDirection;
import com.vendorsla.sharedkernel.agreement.terms.ServiceLevel;
import com.vendorsla.sharedkernel.agreement.terms.ServiceLevelKind;
import com.vendorsla.sharedkernel.agreement.terms.Severity;
import com.vendorsla.sharedkernel.agreement.terms.TerminationPolicy;
import com.vendorsla.sharedkernel.performance.CreditId;
import com.vendorsla.sharedkernel.performance.CreditLine;
import com.vendorsla.sharedkernel.performance.CreditLineType;
import com.vendorsla.sharedkernel.performance.PerformancePeriodId;
import com.vendorsla.sharedkernel.performance.ServiceLevelOutcome;
import com.vendorsla.sharedkernel.performance.event.PerformancePeriodEvent;
import com.vendorsla.sharedkernel.performance.event.PeriodClosed;
import com.vendorsla.sharedkernel.performance.event.PeriodOpened;
import com.vendorsla.sharedkernel.vendor.VendorId;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Builders for a seeded history: the review tests' agreement (100,000.00 EUR a month, 10 % at risk, availability
 * 50 % and urgent response 40 % of it, two KPIs) and hand-made period events with exact figures.
 */
final class YearHistory {

    static final AgreementId AGREEMENT = AgreementId.of(UUID.fromString("aaaaaaaa-1111-4222-8333-444444444444"));
    static final VendorId VENDOR = VendorId.of(UUID.fromString("bbbbbbbb-1111-4222-8333-444444444444"));

    private YearHistory() {
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    static Instant at(String utc) {
        return Instant.parse(utc);
    }

    /** Version 1; {@code fcrTarget} differs in version 2. */
    static AgreementTerms terms(String fcrTarget) {
        return new AgreementTerms("EUR", dec("100000.00"), Coverage.allHours("UTC"), List.of(
                new ServiceLevel("availability", "Platform availability", ServiceLevelKind.AVAILABILITY, null, null,
                        null, dec("99.9"), dec("99.0"), dec("99.95"), Classification.CRITICAL, dec("50")),
                new ServiceLevel("urgent-response", "Urgent response", ServiceLevelKind.RESPONSE_TIME, Severity.URGENT,
                        60, null, dec("95"), null, null, Classification.CRITICAL, dec("40")),
                new ServiceLevel("fcr", "First-contact resolution", ServiceLevelKind.KPI, null, null,
                        KpiDirection.HIGHER_IS_BETTER, dec(fcrTarget), null, null, Classification.KEY, null),
                new ServiceLevel("mttr", "Mean time to repair (minutes)", ServiceLevelKind.KPI, null, null,
                        KpiDirection.LOWER_IS_BETTER, dec("240"), null, null, Classification.KEY, null)),
                CreditPolicy.pool(dec("10"), dec("150")), new EarnBack(3), new TerminationPolicy(2, 3, 60), 90);
    }

    static List<AgreementEvent> draftedAndActivated(LocalDate effectiveFrom, AgreementTerms terms) {
        List<AgreementEvent> events = new ArrayList<>();
        events.add(new AgreementDrafted(AGREEMENT, VENDOR, "Core hosting", AgreementType.SERVICE_BASED, "Finance IT",
                effectiveFrom, null, null, null, terms, terms, at("2024-12-01T10:00:00Z")));
        events.add(new AgreementActivated(AGREEMENT, 1, null, terms, terms, effectiveFrom, null,
                at("2024-12-15T10:00:00Z")));
        return events;
    }

    static PerformancePeriodId period(YearMonth month) {
        return PerformancePeriodId.of(AGREEMENT, month);
    }

    static CreditId credit(YearMonth month, int n) {
        return CreditId.of(period(month), n);
    }

    static PeriodOpened opened(YearMonth month, int termsVersion, AgreementTerms terms) {
        return new PeriodOpened(period(month), AGREEMENT, VENDOR, month, termsVersion, terms,
                month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    static Instant closedAt(YearMonth month) {
        return month.plusMonths(1).atDay(2).atTime(9, 0).toInstant(ZoneOffset.UTC);
    }

    /** Availability of a 24x7 month with {@code downMinutes} of vendor downtime, exact in seconds as the close stores it. */
    static ServiceLevelOutcome availability(YearMonth month, long downMinutes) {
        long covered = month.lengthOfMonth() * 24L * 60 * 60;
        long available = covered - downMinutes * 60;
        BigDecimal percent = BigDecimal.valueOf(available).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(covered), java.math.MathContext.DECIMAL128);
        boolean met = percent.compareTo(dec("99.9")) >= 0;
        boolean criticalFailure = percent.compareTo(dec("99.0")) < 0;
        boolean atRisk = met && percent.compareTo(dec("99.95")) < 0;
        return new ServiceLevelOutcome("availability", ServiceLevelKind.AVAILABILITY, Classification.CRITICAL, percent,
                dec("99.9"), dec("99.0"), dec("99.95"), met, criticalFailure, atRisk, available, covered,
                downMinutes + " minutes down");
    }

    /** Urgent response: {@code within} of {@code counted} incidents in time; none counted is met with nothing measured. */
    static ServiceLevelOutcome urgentResponse(int within, int counted) {
        BigDecimal percent = counted == 0 ? null : BigDecimal.valueOf(within * 100L)
                .divide(BigDecimal.valueOf(counted), java.math.MathContext.DECIMAL128);
        boolean met = percent == null || percent.compareTo(dec("95")) >= 0;
        return new ServiceLevelOutcome("urgent-response", ServiceLevelKind.RESPONSE_TIME, Classification.CRITICAL,
                percent, dec("95"), null, null, met, false, false, counted == 0 ? null : (long) within,
                counted == 0 ? null : (long) counted, within + " of " + counted);
    }

    static ServiceLevelOutcome fcr(String value, String target) {
        return new ServiceLevelOutcome("fcr", ServiceLevelKind.KPI, Classification.KEY, dec(value), dec(target), null,
                null, dec(value).compareTo(dec(target)) >= 0, false, false, null, null, "fcr " + value);
    }

    static ServiceLevelOutcome mttr(String value) {
        return new ServiceLevelOutcome("mttr", ServiceLevelKind.KPI, Classification.KEY, dec(value), dec("240"), null,
                null, dec(value).compareTo(dec("240")) <= 0, false, false, null, null, "mttr " + value);
    }

    /** A pool credit line: {@code rate} % of the 10,000.00 at risk. */
    static CreditLine assessed(CreditId id, String serviceLevelId, String rate, String amount, int termsVersion) {
        return new CreditLine(id.value(), serviceLevelId, CreditLineType.ASSESSED, CreditMethod.POOL, null, null,
                dec(rate), dec(amount), dec(amount), termsVersion, "10000.00 × " + rate + " % = " + amount);
    }

    static CreditLine line(CreditId id, String serviceLevelId, CreditLineType type, String amount) {
        return new CreditLine(id.value(), serviceLevelId, type, CreditMethod.POOL, null, null, null, null, dec(amount),
                1, type + " " + amount);
    }

    static PeriodClosed closed(YearMonth month, int termsVersion, List<ServiceLevelOutcome> results,
                               List<CreditLine> credits) {
        BigDecimal total = credits.stream().map(CreditLine::amount).reduce(dec("0.00"), BigDecimal::add);
        return new PeriodClosed(period(month), AGREEMENT, VENDOR, month, termsVersion, closedAt(month), null, results,
                "EUR", dec("100000.00"), dec("10000.00"), dec("10000.00"), credits, total, dec("0.00"),
                closedAt(month));
    }

    static List<PerformancePeriodEvent> list(PerformancePeriodEvent... events) {
        return new ArrayList<>(List.of(events));
    }
}
