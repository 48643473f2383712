package com.vendorsla.command.performance;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.TerminationRightCause;
import com.vendorsla.sharedkernel.agreement.command.GrantTerminationRight;
import com.vendorsla.sharedkernel.agreement.terms.Classification;
import com.vendorsla.sharedkernel.agreement.terms.CreditMethod;
import com.vendorsla.sharedkernel.agreement.terms.ServiceLevelKind;
import com.vendorsla.sharedkernel.performance.CreditId;
import com.vendorsla.sharedkernel.performance.CreditLine;
import com.vendorsla.sharedkernel.performance.CreditLineType;
import com.vendorsla.sharedkernel.performance.PerformancePeriodId;
import com.vendorsla.sharedkernel.performance.ServiceLevelOutcome;
import com.vendorsla.sharedkernel.performance.command.ClawBackCredit;
import com.vendorsla.sharedkernel.performance.command.LapseEarnBack;
import com.vendorsla.sharedkernel.performance.event.PeriodClosed;
import com.vendorsla.sharedkernel.performance.event.PeriodOpened;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;


/** Earn-back and termination counting across the periods of one agreement (earn-back 3, termination 2 in 3). */
class AgreementPerformanceProcessTest {

    static final AgreementId AGREEMENT = PeriodFixtures.AGREEMENT;
    static final YearMonth APRIL = YearMonth.of(2026, 4);

    SagaTestFixture<AgreementPerformanceProcess> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(AgreementPerformanceProcess.class);
    }

    @Test
    void givenACreditInApril_whenAvailabilityIsMetInMayJuneAndJuly_thenTheCreditIsClawedBackAfterJuly() {
        CreditId credit = CreditId.of(PerformancePeriodId.of(AGREEMENT, APRIL), 1);
        fixture.givenAggregate(AGREEMENT.value()).published(
                        opened(APRIL), closed(APRIL, false, credit),
                        opened(APRIL.plusMonths(1)), closed(APRIL.plusMonths(1), true, null),
                        opened(APRIL.plusMonths(2)), closed(APRIL.plusMonths(2), true, null),
                        opened(APRIL.plusMonths(3)))
                .whenPublishingA(closed(APRIL.plusMonths(3), true, null))
                .expectDispatchedCommands(new ClawBackCredit(credit.periodId(), credit, List.of(
                        YearMonth.of(2026, 5), YearMonth.of(2026, 6), YearMonth.of(2026, 7)), closedAt(APRIL.plusMonths(3)), null));
    }

    @Test
    void givenACreditInApril_whenAvailabilityIsMissedInJune_thenTheEarnBackLapses_andTwoBreachesInThreeMonthsGrantARight() {
        CreditId april = CreditId.of(PerformancePeriodId.of(AGREEMENT, APRIL), 1);
        CreditId june = CreditId.of(PerformancePeriodId.of(AGREEMENT, APRIL.plusMonths(2)), 1);
        fixture.givenAggregate(AGREEMENT.value()).published(
                        opened(APRIL), closed(APRIL, false, april),
                        opened(APRIL.plusMonths(1)), closed(APRIL.plusMonths(1), true, null),
                        opened(APRIL.plusMonths(2)))
                .whenPublishingA(closed(APRIL.plusMonths(2), false, june))
                .expectDispatchedCommands(
                        new LapseEarnBack(april.periodId(), april, YearMonth.of(2026, 6), closedAt(APRIL.plusMonths(2)), null),
                        new GrantTerminationRight(AGREEMENT, "tr-11111111-2222-4333-8444-555555555555-availability-2026-06",
                                "availability", TerminationRightCause.BREACHES,
                                List.of(YearMonth.of(2026, 4), YearMonth.of(2026, 6)), LocalDate.of(2026, 7, 2),
                                LocalDate.of(2026, 8, 31), closedAt(APRIL.plusMonths(2))));
    }

    @Test
    void givenOneBreach_whenTheNextMonthIsMet_thenNoRightAndNothingDispatched() {
        fixture.givenAggregate(AGREEMENT.value()).published(opened(APRIL), closed(APRIL, false, null), opened(APRIL.plusMonths(1)))
                .whenPublishingA(closed(APRIL.plusMonths(1), true, null))
                .expectNoDispatchedCommands();
    }

    static PeriodOpened opened(YearMonth month) {
        return new PeriodOpened(PerformancePeriodId.of(AGREEMENT, month), AGREEMENT, PeriodFixtures.VENDOR, month, 1,
                PeriodFixtures.TERMS, month.atDay(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), closedAt(month));
    }

    static Instant closedAt(YearMonth month) {
        return month.plusMonths(1).atDay(2).atTime(9, 0).toInstant(java.time.ZoneOffset.UTC);
    }

    /** A closed month in which only availability matters: met or breached, with its credit when breached. */
    static PeriodClosed closed(YearMonth month, boolean availabilityMet, CreditId credit) {
        ServiceLevelOutcome availability = new ServiceLevelOutcome("availability", ServiceLevelKind.AVAILABILITY,
                Classification.CRITICAL, new BigDecimal(availabilityMet ? "100" : "99.5"), new BigDecimal("99.9"),
                new BigDecimal("99.0"), null, availabilityMet, false, false, null, null, "test");
        List<CreditLine> lines = credit == null ? List.of() : List.of(new CreditLine(credit.value(), "availability",
                CreditLineType.ASSESSED, CreditMethod.POOL, new BigDecimal("99.5"), new BigDecimal("99.9"),
                new BigDecimal("50"), new BigDecimal("5000.00"), new BigDecimal("5000.00"), 1, "test"));
        return new PeriodClosed(PerformancePeriodId.of(AGREEMENT, month), AGREEMENT, PeriodFixtures.VENDOR, month, 1,
                closedAt(month), null, List.of(availability), "EUR", new BigDecimal("100000.00"),
                new BigDecimal("10000.00"), new BigDecimal("10000.00"), lines,
                credit == null ? new BigDecimal("0.00") : new BigDecimal("5000.00"), new BigDecimal("0.00"), closedAt(month));
    }
}
