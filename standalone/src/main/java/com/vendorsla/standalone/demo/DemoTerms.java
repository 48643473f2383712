package com.vendorsla.standalone.demo;

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
import java.util.List;

/** The demo portfolio's contracts: every agreement type, both credit methods, 24x7 and business hours. */
final class DemoTerms {

    private DemoTerms() {
    }

    static AgreementTerms hosting() {
        return hosting(60);
    }

    /** Revision 1 of the hosting agreement: urgent tickets answered within 45 instead of 60 minutes. */
    static AgreementTerms hostingRevised() {
        return hosting(45);
    }

    private static AgreementTerms hosting(int urgentResponseMinutes) {
        return new AgreementTerms("EUR", new BigDecimal("100000.00"), Coverage.allHours("UTC"), List.of(
                level("availability", "Platform availability", ServiceLevelKind.AVAILABILITY, null, null, "99.9", "99.0", "99.95", "50"),
                level("urgent-response", "Urgent response", ServiceLevelKind.RESPONSE_TIME, Severity.URGENT, urgentResponseMinutes, "95", null, null, "40"),
                level("high-resolution", "High-severity resolution", ServiceLevelKind.RESOLUTION_TIME, Severity.HIGH, 240, "90", null, null, "30"),
                kpi("report-timeliness", "Monthly report on time", "100", Classification.KEY)),
                CreditPolicy.pool(new BigDecimal("10"), new BigDecimal("150")), new EarnBack(3),
                new TerminationPolicy(2, 3, 60), 90);
    }

    static AgreementTerms serviceDesk() {
        return new AgreementTerms("EUR", new BigDecimal("42000.00"),
                Coverage.businessHours("Europe/Berlin", List.of(Weekday.MON, Weekday.TUE, Weekday.WED, Weekday.THU, Weekday.FRI),
                        LocalTime.of(8, 0), LocalTime.of(18, 0), List.of(LocalDate.of(2025, 12, 25), LocalDate.of(2025, 12, 26),
                                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6),
                                LocalDate.of(2026, 12, 25))),
                List.of(level("urgent-response", "Urgent tickets answered", ServiceLevelKind.RESPONSE_TIME, Severity.URGENT, 30, "90", null, "95", "60"),
                        level("urgent-resolution", "Urgent tickets resolved", ServiceLevelKind.RESOLUTION_TIME, Severity.URGENT, 480, "85", null, null, "40"),
                        kpi("fcr", "First-contact resolution", "70", Classification.KEY)),
                CreditPolicy.pool(new BigDecimal("8"), new BigDecimal("100")), new EarnBack(2),
                new TerminationPolicy(3, 6, 60), 90);
    }

    static AgreementTerms storage() {
        return new AgreementTerms("USD", new BigDecimal("18500.00"), Coverage.allHours("UTC"), List.of(
                level("availability", "Storage availability", ServiceLevelKind.AVAILABILITY, null, null, "99.99", "95.0", null, null)),
                CreditPolicy.tiered(List.of(new CreditTier(new BigDecimal("99.99"), new BigDecimal("10")),
                        new CreditTier(new BigDecimal("99.0"), new BigDecimal("30")),
                        new CreditTier(new BigDecimal("95.0"), new BigDecimal("100"))), new BigDecimal("100")),
                new EarnBack(0), null, 60);
    }

    static AgreementTerms network() {
        return new AgreementTerms("EUR", new BigDecimal("65000.00"), Coverage.allHours("Europe/Amsterdam"), List.of(
                level("availability", "WAN availability", ServiceLevelKind.AVAILABILITY, null, null, "99.95", "99.5", null, "60"),
                level("urgent-response", "Urgent response", ServiceLevelKind.RESPONSE_TIME, Severity.URGENT, 30, "95", null, null, "40")),
                CreditPolicy.pool(new BigDecimal("12"), new BigDecimal("100")), new EarnBack(3),
                new TerminationPolicy(2, 3, 90), 120);
    }

    /** The branch-office child states only what differs from the corporate terms: a lower availability target. */
    static AgreementTerms branchOverrides() {
        return new AgreementTerms(null, new BigDecimal("12000.00"), null, List.of(
                level("availability", "Branch WAN availability", ServiceLevelKind.AVAILABILITY, null, null, "99.5", "98.0", null, "60")),
                null, null, null, null);
    }

    static AgreementTerms networkOla() {
        return new AgreementTerms("EUR", new BigDecimal("5000.00"), Coverage.allHours("UTC"), List.of(
                level("core-network", "Core network to the hosting platform", ServiceLevelKind.AVAILABILITY, null, null, "99.98", null, null, "100")),
                CreditPolicy.pool(new BigDecimal("5"), new BigDecimal("100")), new EarnBack(0), null, 60);
    }

    private static ServiceLevel level(String id, String name, ServiceLevelKind kind, Severity severity, Integer threshold,
                                      String target, String minimum, String internalTarget, String allocation) {
        return new ServiceLevel(id, name, kind, severity, threshold, null, new BigDecimal(target),
                minimum == null ? null : new BigDecimal(minimum), internalTarget == null ? null : new BigDecimal(internalTarget),
                Classification.CRITICAL,
                allocation == null ? null : new BigDecimal(allocation));
    }

    private static ServiceLevel kpi(String id, String name, String target, Classification classification) {
        return new ServiceLevel(id, name, ServiceLevelKind.KPI, null, null, KpiDirection.HIGHER_IS_BETTER,
                new BigDecimal(target), null, null, classification, null);
    }
}
