package com.vendorsla.query.performance;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.AgreementType;
import com.vendorsla.sharedkernel.agreement.event.AgreementDrafted;
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
import com.vendorsla.sharedkernel.vendor.VendorId;
import com.vendorsla.sharedkernel.vendor.event.VendorRegistered;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static com.vendorsla.sharedkernel.agreement.terms.Severity.URGENT;
import static com.vendorsla.sharedkernel.performance.DowntimeCause.CUSTOMER;
import static com.vendorsla.sharedkernel.performance.DowntimeCause.VENDOR;

/** The agreements of domain.md's worked examples, and the events that make a vendor and an agreement known. */
final class PerformanceFixtures {

    private PerformanceFixtures() {
    }

    /**
     * domain.md, pool allocation: 100,000.00 EUR a month, 10 % at risk (10,000.00); availability 50 %, urgent
     * response 40 %, urgent resolution 30 %, report timeliness 20 % (140 % of a 150 % pool); a KEY KPI with an
     * internal target; earn-back over 3 periods.
     */
    static AgreementTerms poolTerms() {
        return new AgreementTerms("EUR", new BigDecimal("100000.00"), Coverage.allHours("UTC"), List.of(
                new ServiceLevel("availability", "Platform availability", ServiceLevelKind.AVAILABILITY, null, null,
                        null, dec("99.9"), dec("99.0"), dec("99.95"), Classification.CRITICAL, dec("50")),
                new ServiceLevel("urgent-response", "Urgent response", ServiceLevelKind.RESPONSE_TIME, Severity.URGENT,
                        60, null, dec("95"), null, null, Classification.CRITICAL, dec("40")),
                new ServiceLevel("urgent-resolution", "Urgent resolution", ServiceLevelKind.RESOLUTION_TIME,
                        Severity.URGENT, 240, null, dec("90"), null, null, Classification.CRITICAL, dec("30")),
                new ServiceLevel("report-timeliness", "Report timeliness", ServiceLevelKind.KPI, null, null,
                        KpiDirection.HIGHER_IS_BETTER, dec("95"), null, null, Classification.CRITICAL, dec("20")),
                new ServiceLevel("fcr", "First-contact resolution", ServiceLevelKind.KPI, null, null,
                        KpiDirection.HIGHER_IS_BETTER, dec("70"), null, dec("75"), Classification.KEY, null)),
                CreditPolicy.pool(dec("10"), dec("150")), new EarnBack(3), new TerminationPolicy(2, 3, 60), 90);
    }

    /** domain.md, tiered: below 99.99 → 10 %, below 99.0 → 30 %, below 95.0 → 100 % of a 20,000.00 EUR charge. */
    static AgreementTerms tieredTerms() {
        return new AgreementTerms("EUR", new BigDecimal("20000.00"), Coverage.allHours("UTC"), List.of(
                new ServiceLevel("availability", "Cloud availability", ServiceLevelKind.AVAILABILITY, null, null, null,
                        dec("99.99"), null, null, Classification.CRITICAL, null)),
                CreditPolicy.tiered(List.of(new CreditTier(dec("99.99"), dec("10")), new CreditTier(dec("99.0"), dec("30")),
                        new CreditTier(dec("95.0"), dec("100"))), dec("100")), new EarnBack(0), null, 90);
    }

    static VendorId newVendor() {
        return VendorId.of(UUID.randomUUID());
    }

    static AgreementId newAgreement() {
        return AgreementId.of(UUID.randomUUID());
    }

    static VendorRegistered vendorRegistered(VendorId vendor, String name) {
        return new VendorRegistered(vendor, name, "DE", null, Instant.parse("2025-12-01T09:00:00Z"));
    }

    static AgreementDrafted agreementDrafted(AgreementId agreement, VendorId vendor, String title, AgreementTerms terms) {
        return new AgreementDrafted(agreement, vendor, title, AgreementType.SERVICE_BASED, "Finance IT",
                LocalDate.parse("2026-01-01"), null, null, null, terms, terms, Instant.parse("2025-12-01T10:00:00Z"));
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    /**
     * February 2026: 120 minutes of vendor downtime (an exclusion claim on it rejected), customer downtime and an
     * approved claim that do not count; one of two urgent incidents responded to within 60 minutes, both resolved
     * within 240; report timeliness 98 (met), first-contact resolution 72 (met, internal target 75 missed).
     */
    static long februaryWithTwoBreaches(PeriodStory feb) {
        feb.open();
        feb.downtime("dt-1", "availability", feb.at(10, 10, 0), feb.at(10, 12, 0), VENDOR);
        feb.downtime("dt-2", "availability", feb.at(11, 1, 0), feb.at(11, 3, 0), CUSTOMER);
        feb.downtime("dt-3", "availability", feb.at(12, 8, 0), feb.at(12, 8, 30), VENDOR);
        feb.claimExclusion("clm-1", "dt-3", "customer firewall change");
        feb.decideExclusion("clm-1", true, "confirmed by the change log");
        feb.claimExclusion("clm-2", "dt-1", "customer DNS");
        feb.decideExclusion("clm-2", false, "the vendor's router failed");
        feb.incident("inc-1", URGENT, feb.at(3, 9, 0), feb.at(3, 9, 30), feb.at(3, 11, 0));
        feb.incident("inc-2", URGENT, feb.at(5, 9, 0), feb.at(5, 10, 30), feb.at(5, 12, 0));
        feb.kpi("kpi-1", "report-timeliness", "98");
        return feb.kpi("kpi-2", "fcr", "72");
    }

    /**
     * March 2026: 120 minutes of vendor downtime; one of two urgent incidents responded to in time and one resolved
     * in time: availability, urgent response and urgent resolution breached, 12,000.00 of credits before the cap.
     */
    static long marchWithThreeBreaches(PeriodStory mar) {
        mar.open();
        mar.downtime("dt-1", "availability", mar.at(10, 10, 0), mar.at(10, 12, 0), VENDOR);
        mar.incident("inc-1", URGENT, mar.at(3, 9, 0), mar.at(3, 9, 30), mar.at(3, 11, 0));
        mar.incident("inc-2", URGENT, mar.at(5, 9, 0), mar.at(5, 10, 30), mar.at(5, 14, 0));
        mar.kpi("kpi-1", "report-timeliness", "98");
        return mar.kpi("kpi-2", "fcr", "80");
    }
}
