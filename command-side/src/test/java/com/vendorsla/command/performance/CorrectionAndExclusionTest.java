package com.vendorsla.command.performance;

import com.vendorsla.sharedkernel.performance.CreditLine;
import com.vendorsla.sharedkernel.performance.CreditLineType;
import com.vendorsla.sharedkernel.performance.DowntimeCause;
import com.vendorsla.sharedkernel.performance.DowntimeFacts;
import com.vendorsla.sharedkernel.performance.command.ClaimExclusion;
import com.vendorsla.sharedkernel.performance.command.ClosePeriod;
import com.vendorsla.sharedkernel.performance.command.CorrectDowntime;
import com.vendorsla.sharedkernel.performance.command.DecideExclusionClaim;
import com.vendorsla.sharedkernel.performance.event.DowntimeCorrected;
import com.vendorsla.sharedkernel.performance.event.DowntimeRecorded;
import com.vendorsla.sharedkernel.performance.event.ExclusionClaimDecided;
import com.vendorsla.sharedkernel.performance.event.ExclusionClaimed;
import com.vendorsla.sharedkernel.performance.event.KpiValueRecorded;
import com.vendorsla.sharedkernel.performance.event.PeriodClosed;
import com.vendorsla.sharedkernel.performance.event.PeriodReevaluated;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Data is correctable only with a reason, and a correction after close adds adjusting lines, never rewrites. */
class CorrectionAndExclusionTest extends PeriodFixtures {

    static final Instant LATER = Instant.parse("2026-05-12T09:00:00Z");
    static final DowntimeFacts FIFTY_MINUTES = vendorDowntime("2026-04-03T10:00:00Z", 50);
    static final DowntimeRecorded RECORDED = new DowntimeRecorded(PERIOD, AGREEMENT, "dt-1", FIFTY_MINUTES, DURING_APRIL);
    static final KpiValueRecorded REPORTS = new KpiValueRecorded(PERIOD, AGREEMENT, "kpi-r", "report-timeliness",
            new BigDecimal("100"), DURING_APRIL);

    @Test
    void givenAClosedPeriodWithAnAvailabilityCredit_whenTheDowntimeIsCorrectedToTenMinutes_thenAMinus5000AdjustmentIsRecorded() {
        PeriodClosed closed = closeAfter(opened(), RECORDED, REPORTS);
        assertThat(closed.creditTotal()).isEqualByComparingTo("5000.00");

        DowntimeFacts tenMinutes = vendorDowntime("2026-04-03T10:00:00Z", 10);
        AggregateRun run = run(new CorrectDowntime(PERIOD, "cor-1", "dt-1", tenMinutes, "monitoring double-counted", LATER, null),
                opened(), RECORDED, REPORTS, closed);

        assertThat(run.events()).hasSize(2);
        assertThat(run.events().get(0)).isEqualTo(new DowntimeCorrected(PERIOD, AGREEMENT, "cor-1", "dt-1", FIFTY_MINUTES,
                tenMinutes, "monitoring double-counted", LATER));
        PeriodReevaluated reevaluated = (PeriodReevaluated) run.events().get(1);
        assertThat(reevaluated.adjustments()).extracting(CreditLine::creditId, CreditLine::type, CreditLine::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(closed.credits().get(0).creditId(),
                        CreditLineType.ADJUSTMENT, new BigDecimal("-5000.00")));
        assertThat(reevaluated.creditTotal()).isEqualByComparingTo("0");
        assertThat(reevaluated.results().get(0).met()).isTrue();
    }

    @Test
    void givenAVendorDowntime_whenTheVendorClaimsExclusionAndTheCustomerApproves_thenTheDowntimeNoLongerCounts() {
        fixture.given(opened(), RECORDED)
                .when(new ClaimExclusion(PERIOD, "clm-1", "dt-1", "customer firewall change", DURING_APRIL, null))
                .expectEvents(new ExclusionClaimed(PERIOD, AGREEMENT, "clm-1", "dt-1", "customer firewall change", DURING_APRIL));
        ExclusionClaimed claimed = new ExclusionClaimed(PERIOD, AGREEMENT, "clm-1", "dt-1", "customer firewall change", DURING_APRIL);
        ExclusionClaimDecided approved = new ExclusionClaimDecided(PERIOD, AGREEMENT, "clm-1", "dt-1", true, "confirmed", DURING_APRIL);
        newFixture().given(opened(), RECORDED, claimed)
                .when(new DecideExclusionClaim(PERIOD, "clm-1", true, "confirmed", DURING_APRIL, null))
                .expectEvents(approved);

        PeriodClosed closed = closeAfter(opened(), RECORDED, claimed, approved, REPORTS);
        assertThat(closed.results().get(0).met()).isTrue();
        assertThat(closed.credits()).isEmpty();
    }

    @Test
    void givenClaimsAndCorrections_whenRulesAreBroken_thenCodesAreNamed() {
        DowntimeRecorded customerCaused = new DowntimeRecorded(PERIOD, AGREEMENT, "dt-2",
                new DowntimeFacts("availability", Instant.parse("2026-04-04T10:00:00Z"),
                        Instant.parse("2026-04-04T11:00:00Z"), DowntimeCause.CUSTOMER, null), DURING_APRIL);
        ExclusionClaimed claimed = new ExclusionClaimed(PERIOD, AGREEMENT, "clm-1", "dt-1", "firewall", DURING_APRIL);
        assertThat(codeOf(newFixture().given(opened(), customerCaused),
                new ClaimExclusion(PERIOD, "clm-1", "dt-2", "x", DURING_APRIL, null))).isEqualTo("DOWNTIME_NOT_VENDOR_CAUSED");
        assertThat(codeOf(newFixture().given(opened(), RECORDED, claimed),
                new ClaimExclusion(PERIOD, "clm-2", "dt-1", "again", DURING_APRIL, null))).isEqualTo("EXCLUSION_ALREADY_CLAIMED");
        assertThat(codeOf(newFixture().given(opened(), RECORDED),
                new ClaimExclusion(PERIOD, "clm-1", "dt-9", "x", DURING_APRIL, null))).isEqualTo("RECORD_NOT_FOUND");
        assertThat(codeOf(newFixture().given(opened(), RECORDED, claimed,
                        new ExclusionClaimDecided(PERIOD, AGREEMENT, "clm-1", "dt-1", false, "no", DURING_APRIL)),
                new DecideExclusionClaim(PERIOD, "clm-1", true, "changed mind", DURING_APRIL, null))).isEqualTo("CLAIM_ALREADY_DECIDED");
        assertThat(codeOf(newFixture().given(opened(), RECORDED),
                new CorrectDowntime(PERIOD, "cor-1", "dt-1", FIFTY_MINUTES, "", DURING_APRIL, null))).isEqualTo("REASON_REQUIRED");
    }

    private PeriodClosed closeAfter(Object... given) {
        return (PeriodClosed) run(new ClosePeriod(PERIOD, null, AFTER_APRIL, null), given).events().get(0);
    }

    record AggregateRun(List<Object> events) {
    }

    private AggregateRun run(Object command, Object... given) {
        var runFixture = newFixture();
        runFixture.given(given).when(command).expectSuccessfulHandlerExecution();
        List<Object> stored = runFixture.getEventStore().readEvents(PERIOD.value()).asStream()
                .map(EventMessage::getPayload).map(Object.class::cast).toList();
        return new AggregateRun(stored.subList(given.length, stored.size()));
    }
}
