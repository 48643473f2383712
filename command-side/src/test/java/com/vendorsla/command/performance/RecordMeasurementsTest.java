package com.vendorsla.command.performance;

import com.vendorsla.command.config.ExpectedVersion;
import com.vendorsla.command.support.Refusals;
import com.vendorsla.sharedkernel.agreement.AgreementStatus;
import com.vendorsla.sharedkernel.performance.DowntimeCause;
import com.vendorsla.sharedkernel.performance.DowntimeFacts;
import com.vendorsla.sharedkernel.performance.IncidentRecord;
import com.vendorsla.sharedkernel.performance.PerformancePeriodId;
import com.vendorsla.sharedkernel.performance.TimeSpan;
import com.vendorsla.sharedkernel.agreement.terms.Severity;
import com.vendorsla.sharedkernel.performance.command.ClosePeriod;
import com.vendorsla.sharedkernel.performance.command.RecordDowntime;
import com.vendorsla.sharedkernel.performance.command.RecordIncident;
import com.vendorsla.sharedkernel.performance.command.RecordKpiValue;
import com.vendorsla.sharedkernel.performance.event.DowntimeRecorded;
import com.vendorsla.sharedkernel.performance.event.IncidentRecorded;
import com.vendorsla.sharedkernel.performance.event.KpiValueRecorded;
import com.vendorsla.sharedkernel.performance.event.PeriodClosed;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RecordMeasurementsTest extends PeriodFixtures {

    @Test
    void givenNoPeriodYet_whenTheFirstDowntimeIsRecorded_thenThePeriodOpensOnTheTermsInForceAndRecordsIt() {
        DowntimeFacts downtime = vendorDowntime("2026-04-03T10:00:00Z", 50);
        fixture.givenNoPriorActivity()
                .when(new RecordDowntime(PERIOD, "dt-1", downtime, DURING_APRIL, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(opened(), new DowntimeRecorded(PERIOD, AGREEMENT, "dt-1", downtime, DURING_APRIL));
    }

    @Test
    void givenAnOpenPeriod_whenAnIncidentAndAKpiValueAreRecorded_thenBothAreRecorded() {
        IncidentRecord incident = new IncidentRecord("T-7", Severity.URGENT, Instant.parse("2026-04-05T10:00:00Z"),
                Instant.parse("2026-04-05T10:30:00Z"), null,
                List.of(new TimeSpan(Instant.parse("2026-04-05T11:00:00Z"), Instant.parse("2026-04-05T12:00:00Z"))));
        fixture.given(opened())
                .when(new RecordIncident(PERIOD, "inc-1", incident, DURING_APRIL, null))
                .expectEvents(new IncidentRecorded(PERIOD, AGREEMENT, "inc-1", incident, DURING_APRIL));
        newFixture().given(opened())
                .when(new RecordKpiValue(PERIOD, "kpi-1", "fcr", new BigDecimal("72.5"), DURING_APRIL, null))
                .expectEvents(new KpiValueRecorded(PERIOD, AGREEMENT, "kpi-1", "fcr", new BigDecimal("72.5"), DURING_APRIL));
    }

    /**
     * These commands open the period when it is missing, and Axon then loads it without comparing If-Match: the
     * period compares it itself, ahead or behind alike, and on a period not opened yet no If-Match can hold.
     */
    @Test
    void givenAnOpenPeriod_whenRecordingOrClosingWithAStaleIfMatch_thenAVersionConflictAndNothingRecorded() {
        DowntimeFacts downtime = vendorDowntime("2026-04-03T10:00:00Z", 50);
        DowntimeRecorded recorded = new DowntimeRecorded(PERIOD, AGREEMENT, "dt-1", downtime, DURING_APRIL);
        IncidentRecord incident = new IncidentRecord("T-7", Severity.URGENT, Instant.parse("2026-04-05T10:00:00Z"),
                Instant.parse("2026-04-05T10:30:00Z"), null, List.of());
        for (long ifMatch : new long[]{0, 2, 999}) {
            List<Object> commands = List.of(
                    new RecordDowntime(PERIOD, "dt-2", downtime, DURING_APRIL, ifMatch),
                    new RecordIncident(PERIOD, "inc-1", incident, DURING_APRIL, ifMatch),
                    new RecordKpiValue(PERIOD, "kpi-1", "fcr", BigDecimal.ONE, DURING_APRIL, ifMatch),
                    new ClosePeriod(PERIOD, null, AFTER_APRIL, ifMatch));
            for (Object command : commands) {
                ConflictingAggregateVersionException conflict =
                        Refusals.versionConflictOf(newFixture().given(opened(), recorded), command, Map.of());
                assertThat(conflict.getExpectedVersion()).as("%s", command).isEqualTo(ifMatch);
                assertThat(conflict.getActualVersion()).as("%s", command).isEqualTo(1);
            }
        }
        newFixture().given(opened(), recorded)
                .when(new RecordDowntime(PERIOD, "dt-2", downtime, DURING_APRIL, 1L))
                .expectEvents(new DowntimeRecorded(PERIOD, AGREEMENT, "dt-2", downtime, DURING_APRIL));
        ConflictingAggregateVersionException notOpened = Refusals.versionConflictOf(newFixture().givenNoPriorActivity(),
                new RecordDowntime(PERIOD, "dt-1", downtime, DURING_APRIL, 0L), Map.of());
        assertThat(notOpened.getActualVersion()).isEqualTo(ExpectedVersion.NONE);
    }

    @Test
    void givenADraftAgreement_whenRecording_thenAgreementNotActive() {
        agreements.status = AgreementStatus.NEGOTIATION;
        assertThat(code(() -> new RecordDowntime(PERIOD, "dt-1", vendorDowntime("2026-04-03T10:00:00Z", 5), DURING_APRIL, null)))
                .isEqualTo("AGREEMENT_NOT_ACTIVE");
    }

    @Test
    void givenAMonthBeforeTheAgreementOrInTheFuture_whenRecording_thenRefused() {
        agreements.firstDay = LocalDate.of(2026, 5, 15);
        assertThat(code(() -> new RecordKpiValue(PERIOD, "kpi-1", "fcr", BigDecimal.ONE, DURING_APRIL, null)))
                .isEqualTo("PERIOD_BEFORE_AGREEMENT");
        agreements.firstDay = LocalDate.of(2026, 1, 1);
        agreements.lastDay = LocalDate.of(2026, 3, 31);
        assertThat(code(() -> new RecordKpiValue(PERIOD, "kpi-1", "fcr", BigDecimal.ONE, DURING_APRIL, null)))
                .isEqualTo("PERIOD_AFTER_AGREEMENT");
        agreements.lastDay = null;
        PerformancePeriodId june = PerformancePeriodId.of(AGREEMENT, YearMonth.of(2026, 6));
        assertThat(codeOf(newFixture().givenNoPriorActivity(),
                new RecordKpiValue(june, "kpi-1", "fcr", BigDecimal.ONE, DURING_APRIL, null))).isEqualTo("PERIOD_IN_FUTURE");
    }

    @Test
    void givenAnOpenPeriod_whenADowntimeBreaksARule_thenTheRuleIsNamedAndNothingIsRecorded() {
        Instant start = Instant.parse("2026-04-03T10:00:00Z");
        assertRejected(new DowntimeFacts("urgent-response", start, start.plusSeconds(60), DowntimeCause.VENDOR, null),
                "SERVICE_LEVEL_KIND_MISMATCH");
        assertRejected(new DowntimeFacts("nope", start, start.plusSeconds(60), DowntimeCause.VENDOR, null),
                "SERVICE_LEVEL_NOT_FOUND");
        assertRejected(new DowntimeFacts("availability", start, start, DowntimeCause.VENDOR, null), "INVALID_INTERVAL");
        assertRejected(new DowntimeFacts("availability", Instant.parse("2026-03-03T10:00:00Z"),
                Instant.parse("2026-03-03T11:00:00Z"), DowntimeCause.VENDOR, null), "OUTSIDE_PERIOD");
        assertRejected(new DowntimeFacts("availability", Instant.parse("2026-04-20T11:00:00Z"),
                Instant.parse("2026-04-20T13:00:00Z"), DowntimeCause.VENDOR, null), "IN_FUTURE");
    }

    @Test
    void givenAnOpenPeriod_whenAnIncidentHasImpossibleTimes_thenRefused() {
        Instant opened = Instant.parse("2026-04-05T10:00:00Z");
        assertThat(codeOf(newFixture().given(opened()), new RecordIncident(PERIOD, "inc-1", new IncidentRecord("T-1",
                Severity.URGENT, opened, opened.minusSeconds(60), null, List.of()), DURING_APRIL, null)))
                .isEqualTo("INVALID_INCIDENT_TIMES");
        assertThat(codeOf(newFixture().given(opened()), new RecordIncident(PERIOD, "inc-1", new IncidentRecord("T-1",
                Severity.URGENT, Instant.parse("2026-05-05T10:00:00Z"), null, null, List.of()), AFTER_APRIL, null)))
                .isEqualTo("OUTSIDE_PERIOD");
    }

    @Test
    void givenAClosedPeriod_whenRecording_thenPeriodClosed() {
        PeriodClosed closed = new PeriodClosed(PERIOD, AGREEMENT, VENDOR, APRIL, 1, AFTER_APRIL, null, List.of(), "EUR",
                new BigDecimal("100000.00"), new BigDecimal("10000.00"), new BigDecimal("10000.00"), List.of(),
                new BigDecimal("0.00"), new BigDecimal("0.00"), AFTER_APRIL);
        assertThat(codeOf(newFixture().given(opened(), closed),
                new RecordKpiValue(PERIOD, "kpi-1", "fcr", BigDecimal.ONE, AFTER_APRIL, null))).isEqualTo("PERIOD_CLOSED");
    }

    private void assertRejected(DowntimeFacts downtime, String expectedCode) {
        assertThat(codeOf(newFixture().given(opened()), new RecordDowntime(PERIOD, "dt-1", downtime, DURING_APRIL, null)))
                .as("code for %s", downtime).isEqualTo(expectedCode);
    }

    private String code(java.util.function.Supplier<Object> command) {
        return codeOf(newFixture().givenNoPriorActivity(), command.get());
    }
}
