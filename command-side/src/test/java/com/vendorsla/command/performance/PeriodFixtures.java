package com.vendorsla.command.performance;

import com.vendorsla.command.config.OwnershipFirstTargetResolver;
import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.AgreementStatus;
import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;
import com.vendorsla.sharedkernel.agreement.terms.Classification;
import com.vendorsla.sharedkernel.agreement.terms.Coverage;
import com.vendorsla.sharedkernel.agreement.terms.CreditPolicy;
import com.vendorsla.sharedkernel.agreement.terms.EarnBack;
import com.vendorsla.sharedkernel.agreement.terms.KpiDirection;
import com.vendorsla.sharedkernel.agreement.terms.ServiceLevel;
import com.vendorsla.sharedkernel.agreement.terms.ServiceLevelKind;
import com.vendorsla.sharedkernel.agreement.terms.Severity;
import com.vendorsla.sharedkernel.agreement.terms.TerminationPolicy;
import com.vendorsla.sharedkernel.performance.DowntimeCause;
import com.vendorsla.sharedkernel.performance.DowntimeFacts;
import com.vendorsla.sharedkernel.performance.IncidentRecord;
import com.vendorsla.sharedkernel.performance.PerformancePeriodId;
import com.vendorsla.sharedkernel.performance.event.PeriodOpened;
import com.vendorsla.sharedkernel.vendor.VendorId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import com.vendorsla.command.support.Refusals;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The shared fixture of the period's behaviour tests: domain.md's worked example agreement (100,000.00 EUR a
 * month, 10 % at risk, pool 150 %: availability 50 %, urgent response 40 %, resolution 30 %, report timeliness
 * KPI 20 %), active since January 2026, measured in April 2026 (30 days, 43,200 minutes of 24x7 coverage, UTC).
 */
abstract class PeriodFixtures {

    static final AgreementId AGREEMENT = AgreementId.of(UUID.fromString("11111111-2222-4333-8444-555555555555"));
    static final VendorId VENDOR = VendorId.of(UUID.fromString("99999999-2222-4333-8444-555555555555"));
    static final YearMonth APRIL = YearMonth.of(2026, 4);
    static final PerformancePeriodId PERIOD = PerformancePeriodId.of(AGREEMENT, APRIL);
    static final Instant APRIL_START = Instant.parse("2026-04-01T00:00:00Z");
    static final Instant APRIL_END = Instant.parse("2026-05-01T00:00:00Z");
    static final Instant DURING_APRIL = Instant.parse("2026-04-20T12:00:00Z");
    static final Instant AFTER_APRIL = Instant.parse("2026-05-02T09:00:00Z");

    static final AgreementTerms TERMS = new AgreementTerms("EUR", new BigDecimal("100000.00"), Coverage.allHours("UTC"),
            List.of(
                    level("availability", ServiceLevelKind.AVAILABILITY, null, null, "99.9", "99.0", "50"),
                    level("urgent-response", ServiceLevelKind.RESPONSE_TIME, Severity.URGENT, 60, "95", null, "40"),
                    level("resolution", ServiceLevelKind.RESOLUTION_TIME, Severity.HIGH, 240, "90", null, "30"),
                    new ServiceLevel("report-timeliness", "Reports on time", ServiceLevelKind.KPI, null, null,
                            KpiDirection.HIGHER_IS_BETTER, new BigDecimal("100"), null, null, Classification.CRITICAL,
                            new BigDecimal("20")),
                    new ServiceLevel("fcr", "First-contact resolution", ServiceLevelKind.KPI, null, null,
                            KpiDirection.HIGHER_IS_BETTER, new BigDecimal("70"), null, null, Classification.KEY, null)),
            CreditPolicy.pool(new BigDecimal("10"), new BigDecimal("150")), new EarnBack(3),
            new TerminationPolicy(2, 3, 60), 90);

    protected AggregateTestFixture<PerformancePeriod> fixture;
    protected FixedAgreementFacts agreements;

    @BeforeEach
    void createFixture() {
        agreements = new FixedAgreementFacts(AgreementStatus.ACTIVE, LocalDate.of(2026, 1, 1), null);
        fixture = newFixture();
    }

    /** A fixture of its own for each case: a fixture remembers the aggregate of its first 'given'. */
    protected AggregateTestFixture<PerformancePeriod> newFixture() {
        AggregateTestFixture<PerformancePeriod> fresh = new AggregateTestFixture<>(PerformancePeriod.class);
        fresh.registerCommandTargetResolver(new OwnershipFirstTargetResolver()); // as @Aggregate names it
        fresh.registerInjectableResource(agreements);
        return fresh;
    }

    static ServiceLevel level(String id, ServiceLevelKind kind, Severity severity, Integer threshold, String target,
                              String minimum, String allocation) {
        return new ServiceLevel(id, id, kind, severity, threshold, null, new BigDecimal(target),
                minimum == null ? null : new BigDecimal(minimum), null, Classification.CRITICAL,
                new BigDecimal(allocation));
    }

    static PeriodOpened opened() {
        return new PeriodOpened(PERIOD, AGREEMENT, VENDOR, APRIL, 1, TERMS, APRIL_START, APRIL_END, DURING_APRIL);
    }

    /** Vendor downtime of the availability service level, starting at the given instant, lasting that long. */
    static DowntimeFacts vendorDowntime(String start, int minutes) {
        Instant from = Instant.parse(start);
        return new DowntimeFacts("availability", from, from.plusSeconds(60L * minutes), DowntimeCause.VENDOR, "INC-1");
    }

    static IncidentRecord urgentRespondedAfter(String ticket, int minutes) {
        Instant opened = Instant.parse("2026-04-10T08:00:00Z");
        return new IncidentRecord(ticket, Severity.URGENT, opened, opened.plusSeconds(60L * minutes),
                opened.plusSeconds(60L * (minutes + 60)), List.of());
    }

    static IncidentRecord highResolvedAfter(String ticket, int minutes) {
        Instant opened = Instant.parse("2026-04-12T08:00:00Z");
        return new IncidentRecord(ticket, Severity.HIGH, opened, opened.plusSeconds(60), opened.plusSeconds(60L * minutes),
                List.of());
    }

    /** See {@link Refusals#codeOf}: asserts no events and a broken rule, returns its code. */
    static String codeOf(TestExecutor<PerformancePeriod> given, Object command) {
        return Refusals.codeOf(given, command);
    }

    /** A fixed answer for the agreement a period belongs to (the production one reads the Agreement's events). */
    static final class FixedAgreementFacts implements AgreementFacts {
        /** The vendor the agreement is with now: an acquisition's assignment changes it, not the period's events. */
        VendorId vendor = VENDOR;
        AgreementStatus status;
        LocalDate firstDay;
        LocalDate lastDay;

        FixedAgreementFacts(AgreementStatus status, LocalDate firstDay, LocalDate lastDay) {
            this.status = status;
            this.firstDay = firstDay;
            this.lastDay = lastDay;
        }

        @Override
        public Optional<PeriodTerms> forPeriod(AgreementId agreementId, YearMonth month) {
            return Optional.of(new PeriodTerms(vendor, status, firstDay, lastDay, 1, TERMS))
                    .filter(t -> agreementId.equals(AGREEMENT));
        }
    }

}
