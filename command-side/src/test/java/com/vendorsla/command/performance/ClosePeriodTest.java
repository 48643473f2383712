package com.vendorsla.command.performance;

import com.vendorsla.sharedkernel.performance.CreditLine;
import com.vendorsla.sharedkernel.performance.event.DowntimeRecorded;
import com.vendorsla.sharedkernel.performance.event.IncidentRecorded;
import com.vendorsla.sharedkernel.performance.event.KpiValueRecorded;
import com.vendorsla.sharedkernel.performance.event.PeriodClosed;
import com.vendorsla.sharedkernel.performance.command.ClosePeriod;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Closing turns the month into results and credits in one event (domain.md, Service credits, pool example). */
class ClosePeriodTest extends PeriodFixtures {

    private static final KpiValueRecorded REPORTS_ON_TIME =
            new KpiValueRecorded(PERIOD, AGREEMENT, "kpi-r", "report-timeliness", new BigDecimal("100"), DURING_APRIL);
    private static final KpiValueRecorded FCR =
            new KpiValueRecorded(PERIOD, AGREEMENT, "kpi-f", "fcr", new BigDecimal("72.5"), DURING_APRIL);

    @Test
    void givenAvailabilityAndUrgentResponseBreached_whenClosed_thenCreditsAre5000And4000Making9000() {
        PeriodClosed closed = close(opened(),
                new DowntimeRecorded(PERIOD, AGREEMENT, "dt-1", vendorDowntime("2026-04-03T10:00:00Z", 50), DURING_APRIL),
                new IncidentRecorded(PERIOD, AGREEMENT, "inc-1", urgentRespondedAfter("T-1", 120), DURING_APRIL),
                REPORTS_ON_TIME, FCR);

        assertThat(closed.results()).extracting(r -> r.serviceLevelId() + ":" + r.met())
                .containsExactly("availability:false", "urgent-response:false", "resolution:true",
                        "report-timeliness:true", "fcr:true");
        assertThat(closed.results().get(0).measured().setScale(3, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo("99.884");
        assertThat(closed.results().get(0).exactPart()).isEqualTo(43_200L * 60 - 50 * 60);
        assertThat(closed.results().get(0).exactWhole()).isEqualTo(43_200L * 60);
        assertThat(closed.credits()).extracting(CreditLine::serviceLevelId, CreditLine::amount, CreditLine::creditId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("availability", new BigDecimal("5000.00"), "crd-11111111-2222-4333-8444-555555555555-2026-04-1"),
                        org.assertj.core.groups.Tuple.tuple("urgent-response", new BigDecimal("4000.00"), "crd-11111111-2222-4333-8444-555555555555-2026-04-2"));
        assertThat(closed.atRisk()).isEqualByComparingTo("10000.00");
        assertThat(closed.creditTotal()).isEqualTo(new BigDecimal("9000.00"));
        assertThat(closed.capReduction()).isEqualByComparingTo("0");
        assertThat(closed.credits().get(0).termsVersion()).isEqualTo(1);
    }

    @Test
    void givenResolutionAlsoBreached_whenClosed_then12000IsCappedTo10000() {
        PeriodClosed closed = close(opened(),
                new DowntimeRecorded(PERIOD, AGREEMENT, "dt-1", vendorDowntime("2026-04-03T10:00:00Z", 50), DURING_APRIL),
                new IncidentRecorded(PERIOD, AGREEMENT, "inc-1", urgentRespondedAfter("T-1", 120), DURING_APRIL),
                new IncidentRecorded(PERIOD, AGREEMENT, "inc-2", highResolvedAfter("T-2", 600), DURING_APRIL),
                REPORTS_ON_TIME, FCR);

        assertThat(closed.credits()).extracting(CreditLine::serviceLevelId, CreditLine::amountBeforeCap, CreditLine::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("availability", new BigDecimal("5000.00"), new BigDecimal("5000.00")),
                        org.assertj.core.groups.Tuple.tuple("urgent-response", new BigDecimal("4000.00"), new BigDecimal("4000.00")),
                        org.assertj.core.groups.Tuple.tuple("resolution", new BigDecimal("3000.00"), new BigDecimal("1000.00")));
        assertThat(closed.creditTotal()).isEqualTo(new BigDecimal("10000.00"));
        assertThat(closed.capReduction()).isEqualTo(new BigDecimal("2000.00"));
    }

    @Test
    void givenAMonthWithNothingRecorded_whenClosedWithAWaiver_thenItIsAPerfectMonthWithoutCredits() {
        fixture.givenNoPriorActivity()
                .when(new ClosePeriod(PERIOD, "reports not due in April", AFTER_APRIL, null))
                .expectSuccessfulHandlerExecution();
        PeriodClosed closed = lastClosed();
        assertThat(closed.results()).allMatch(r -> r.met());
        assertThat(closed.credits()).isEmpty();
        assertThat(closed.waiverReason()).isEqualTo("reports not due in April");
    }

    @Test
    void givenNoKpiReportAndNoWaiver_whenClosed_thenTheKpiIsBreachedAndBearsItsCredit() {
        PeriodClosed closed = close(opened());
        assertThat(closed.results()).filteredOn(r -> r.serviceLevelId().equals("report-timeliness"))
                .singleElement().satisfies(r -> assertThat(r.met()).isFalse());
        assertThat(closed.credits()).extracting(CreditLine::serviceLevelId, CreditLine::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("report-timeliness", new BigDecimal("2000.00")));
    }

    @Test
    void givenAMonthNotYetOver_whenClosed_thenPeriodNotEnded() {
        assertThat(codeOf(newFixture().given(opened()), new ClosePeriod(PERIOD, null, DURING_APRIL, null)))
                .isEqualTo("PERIOD_NOT_ENDED");
    }

    @Test
    void givenAClosedPeriod_whenClosedAgain_thenPeriodAlreadyClosed() {
        PeriodClosed closed = close(opened(), REPORTS_ON_TIME, FCR);
        assertThat(codeOf(newFixture().given(opened(), REPORTS_ON_TIME, FCR, closed),
                new ClosePeriod(PERIOD, null, AFTER_APRIL.plusSeconds(3600), null))).isEqualTo("PERIOD_ALREADY_CLOSED");
    }

    private PeriodClosed close(Object... given) {
        fixture.given(given).when(new ClosePeriod(PERIOD, null, AFTER_APRIL, null)).expectSuccessfulHandlerExecution();
        return lastClosed();
    }

    private PeriodClosed lastClosed() {
        List<Object> stored = fixture.getEventStore().readEvents(PERIOD.value()).asStream()
                .map(EventMessage::getPayload).map(Object.class::cast).toList();
        return (PeriodClosed) stored.get(stored.size() - 1);
    }
}
