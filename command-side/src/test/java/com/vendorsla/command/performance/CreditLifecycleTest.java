package com.vendorsla.command.performance;

import com.vendorsla.sharedkernel.performance.CreditId;
import com.vendorsla.sharedkernel.performance.CreditLine;
import com.vendorsla.sharedkernel.performance.CreditLineType;
import com.vendorsla.sharedkernel.performance.DisputeOutcome;
import com.vendorsla.sharedkernel.agreement.terms.CreditMethod;
import com.vendorsla.sharedkernel.performance.command.ClawBackCredit;
import com.vendorsla.sharedkernel.performance.command.DisputeCredit;
import com.vendorsla.sharedkernel.performance.command.LapseEarnBack;
import com.vendorsla.sharedkernel.performance.command.ResolveCreditDispute;
import com.vendorsla.sharedkernel.performance.event.CreditClawedBack;
import com.vendorsla.sharedkernel.performance.event.CreditDisputeResolved;
import com.vendorsla.sharedkernel.performance.event.CreditDisputed;
import com.vendorsla.sharedkernel.performance.event.EarnBackLapsed;
import com.vendorsla.sharedkernel.performance.event.PeriodClosed;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What happens to an assessed credit: dispute and resolution, earn-back or its lapse. */
class CreditLifecycleTest extends PeriodFixtures {

    static final CreditId AVAILABILITY_CREDIT = CreditId.of(PERIOD, 1);
    static final Instant LATER = Instant.parse("2026-05-10T09:00:00Z");

    static PeriodClosed closedWithAvailabilityCredit() {
        CreditLine line = new CreditLine(AVAILABILITY_CREDIT.value(), "availability", CreditLineType.ASSESSED,
                CreditMethod.POOL, new BigDecimal("99.884"), new BigDecimal("99.9"), new BigDecimal("50"),
                new BigDecimal("5000.00"), new BigDecimal("5000.00"), 1, "10000.00 × 50 % = 5000.00");
        return new PeriodClosed(PERIOD, AGREEMENT, VENDOR, APRIL, 1, AFTER_APRIL, null, List.of(), "EUR",
                new BigDecimal("100000.00"), new BigDecimal("10000.00"), new BigDecimal("10000.00"), List.of(line),
                new BigDecimal("5000.00"), new BigDecimal("0.00"), AFTER_APRIL);
    }

    static CreditDisputed disputed() {
        return new CreditDisputed(PERIOD, AGREEMENT, AVAILABILITY_CREDIT, "availability", "maintenance was announced", LATER);
    }

    @Test
    void givenAnAssessedCredit_whenTheVendorDisputesIt_thenItIsDisputed() {
        fixture.given(opened(), closedWithAvailabilityCredit())
                .when(new DisputeCredit(PERIOD, AVAILABILITY_CREDIT, "maintenance was announced", LATER, null))
                .expectEvents(disputed());
    }

    @Test
    void givenADisputedCredit_whenReducedTo2000_thenADisputeResolutionLineOfMinus3000IsAdded() {
        CreditLine line = new CreditLine(AVAILABILITY_CREDIT.value(), "availability", CreditLineType.DISPUTE_RESOLUTION,
                CreditMethod.POOL, null, null, null, null, new BigDecimal("-3000.00"), 1,
                "dispute REDUCED: 5000.00 → 2000.00");
        fixture.given(opened(), closedWithAvailabilityCredit(), disputed())
                .when(new ResolveCreditDispute(PERIOD, AVAILABILITY_CREDIT, DisputeOutcome.REDUCED, new BigDecimal("2000"), LATER, null))
                .expectEvents(new CreditDisputeResolved(PERIOD, AGREEMENT, AVAILABILITY_CREDIT, "availability",
                        DisputeOutcome.REDUCED, new BigDecimal("5000.00"), new BigDecimal("2000.00"), line, LATER));
    }

    @Test
    void givenADisputedCredit_whenUpheld_thenNoLineIsAdded() {
        fixture.given(opened(), closedWithAvailabilityCredit(), disputed())
                .when(new ResolveCreditDispute(PERIOD, AVAILABILITY_CREDIT, DisputeOutcome.UPHELD, null, LATER, null))
                .expectEvents(new CreditDisputeResolved(PERIOD, AGREEMENT, AVAILABILITY_CREDIT, "availability",
                        DisputeOutcome.UPHELD, new BigDecimal("5000.00"), new BigDecimal("5000.00"), null, LATER));
    }

    @Test
    void givenAWithdrawnCredit_whenTheEarnBackProcessClawsItBack_thenNothingHappens() {
        CreditDisputeResolved withdrawn = new CreditDisputeResolved(PERIOD, AGREEMENT, AVAILABILITY_CREDIT, "availability",
                DisputeOutcome.WITHDRAWN, new BigDecimal("5000.00"), new BigDecimal("0.00"), null, LATER);
        fixture.given(opened(), closedWithAvailabilityCredit(), disputed(), withdrawn)
                .when(new ClawBackCredit(PERIOD, AVAILABILITY_CREDIT, List.of(YearMonth.of(2026, 5)), LATER, null))
                .expectNoEvents();
    }

    @Test
    void givenAnAssessedCredit_whenClawedBack_thenAClawedBackLineReversesIt_andASecondClawbackChangesNothing() {
        CreditLine line = new CreditLine(AVAILABILITY_CREDIT.value(), "availability", CreditLineType.CLAWED_BACK,
                CreditMethod.POOL, null, null, null, null, new BigDecimal("-5000.00"), 1,
                "earned back: availability met in [2026-05, 2026-06, 2026-07]");
        List<YearMonth> metIn = List.of(YearMonth.of(2026, 5), YearMonth.of(2026, 6), YearMonth.of(2026, 7));
        CreditClawedBack clawedBack = new CreditClawedBack(PERIOD, AGREEMENT, AVAILABILITY_CREDIT, "availability", metIn, line, LATER);
        fixture.given(opened(), closedWithAvailabilityCredit())
                .when(new ClawBackCredit(PERIOD, AVAILABILITY_CREDIT, metIn, LATER, null))
                .expectEvents(clawedBack);
        newFixture().given(opened(), closedWithAvailabilityCredit(), clawedBack)
                .when(new ClawBackCredit(PERIOD, AVAILABILITY_CREDIT, metIn, LATER, null))
                .expectNoEvents();
    }

    @Test
    void givenAnAssessedCredit_whenTheEarnBackLapses_thenItIsRecordedOnce() {
        EarnBackLapsed lapsed = new EarnBackLapsed(PERIOD, AGREEMENT, AVAILABILITY_CREDIT, "availability", YearMonth.of(2026, 6), LATER);
        fixture.given(opened(), closedWithAvailabilityCredit())
                .when(new LapseEarnBack(PERIOD, AVAILABILITY_CREDIT, YearMonth.of(2026, 6), LATER, null))
                .expectEvents(lapsed);
        newFixture().given(opened(), closedWithAvailabilityCredit(), lapsed)
                .when(new ClawBackCredit(PERIOD, AVAILABILITY_CREDIT, List.of(YearMonth.of(2026, 7)), LATER, null))
                .expectNoEvents();
    }

    @Test
    void givenCreditsInVariousStates_whenDisputeRulesAreBroken_thenCodesAreNamed() {
        assertThat(codeOf(newFixture().given(opened(), closedWithAvailabilityCredit(), disputed()),
                new DisputeCredit(PERIOD, AVAILABILITY_CREDIT, "again", LATER, null))).isEqualTo("CREDIT_NOT_DISPUTABLE");
        assertThat(codeOf(newFixture().given(opened(), closedWithAvailabilityCredit()),
                new ResolveCreditDispute(PERIOD, AVAILABILITY_CREDIT, DisputeOutcome.UPHELD, null, LATER, null)))
                .isEqualTo("CREDIT_NOT_DISPUTED");
        assertThat(codeOf(newFixture().given(opened(), closedWithAvailabilityCredit(), disputed()),
                new ResolveCreditDispute(PERIOD, AVAILABILITY_CREDIT, DisputeOutcome.REDUCED, new BigDecimal("6000"), LATER, null)))
                .isEqualTo("INVALID_AMOUNT");
        assertThat(codeOf(newFixture().given(opened(), closedWithAvailabilityCredit(), disputed()),
                new ResolveCreditDispute(PERIOD, AVAILABILITY_CREDIT, DisputeOutcome.REDUCED, new BigDecimal("10.001"), LATER, null)))
                .isEqualTo("INVALID_AMOUNT");
        assertThat(codeOf(newFixture().given(opened(), closedWithAvailabilityCredit()),
                new DisputeCredit(PERIOD, CreditId.of(PERIOD, 7), "no such", LATER, null))).isEqualTo("CREDIT_NOT_FOUND");
        assertThat(codeOf(newFixture().given(opened(), closedWithAvailabilityCredit()),
                new DisputeCredit(PERIOD, AVAILABILITY_CREDIT, " ", LATER, null))).isEqualTo("REASON_REQUIRED");
    }
}
