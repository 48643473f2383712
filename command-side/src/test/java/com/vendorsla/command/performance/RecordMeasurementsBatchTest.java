package com.vendorsla.command.performance;

import com.vendorsla.sharedkernel.intake.Provenance;
import com.vendorsla.sharedkernel.performance.DowntimeFacts;
import com.vendorsla.sharedkernel.performance.IncidentRecord;
import com.vendorsla.sharedkernel.performance.command.RecordMeasurements;
import com.vendorsla.sharedkernel.performance.command.RecordMeasurements.Measurement;
import com.vendorsla.sharedkernel.performance.command.RecordMeasurements.Refusal;
import com.vendorsla.sharedkernel.performance.event.DowntimeRecorded;
import com.vendorsla.sharedkernel.performance.event.IncidentRecorded;
import com.vendorsla.sharedkernel.performance.event.KpiValueRecorded;
import com.vendorsla.sharedkernel.performance.event.PeriodClosed;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An import's rows of one period in one command (RecordMeasurements): all recorded, each with its provenance, or none. */
@SuppressWarnings("unchecked")
class RecordMeasurementsBatchTest extends PeriodFixtures {

    private static Map<String, Object> provenance(int row) {
        return Provenance.ofRow("imp-1", com.vendorsla.sharedkernel.intake.ImportKind.INCIDENTS, "SRC-" + row, row,
                "f".repeat(64), "c".repeat(64));
    }

    private static Measurement incident(int row, String id, IncidentRecord incident) {
        return new Measurement(row, id, null, incident, null, null, provenance(row));
    }

    @Test
    void givenAnOpenPeriod_whenRowsOfEveryKindAreRecorded_thenEachIsItsOwnEventCarryingItsRowsProvenance() {
        DowntimeFacts downtime = vendorDowntime("2026-04-03T10:00:00Z", 50);
        IncidentRecord incident = urgentRespondedAfter("T-1", 30);
        fixture.given(opened())
                .when(new RecordMeasurements(PERIOD, List.of(
                        new Measurement(1, "dt-1", downtime, null, null, null, provenance(1)),
                        incident(2, "inc-1", incident),
                        new Measurement(3, "kpi-1", null, null, "fcr", new BigDecimal("72.5"), provenance(3))), DURING_APRIL))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(List.of())
                .expectEvents(new DowntimeRecorded(PERIOD, AGREEMENT, "dt-1", downtime, DURING_APRIL),
                        new IncidentRecorded(PERIOD, AGREEMENT, "inc-1", incident, DURING_APRIL),
                        new KpiValueRecorded(PERIOD, AGREEMENT, "kpi-1", "fcr", new BigDecimal("72.5"), DURING_APRIL));
        // each event's metadata holds its own row's provenance
        List<EventMessage<?>> published = new java.util.ArrayList<>();
        newFixture().given(opened())
                .when(new RecordMeasurements(PERIOD, List.of(incident(7, "inc-7", urgentRespondedAfter("T-7", 5)),
                        incident(9, "inc-9", urgentRespondedAfter("T-9", 5))), DURING_APRIL))
                .expectEventsMatching(new org.hamcrest.BaseMatcher<>() {
                    @Override
                    public boolean matches(Object actual) {
                        published.addAll((List<EventMessage<?>>) actual);
                        return true;
                    }

                    @Override
                    public void describeTo(org.hamcrest.Description description) {
                        description.appendText("any events");
                    }
                });
        List<Object> rows = published.stream()
                .map(e -> (Object) ((Map<?, ?>) e.getMetaData().get(Provenance.KEY)).get(Provenance.ROW)).toList();
        List<Object> sources = published.stream()
                .map(e -> (Object) ((Map<?, ?>) e.getMetaData().get(Provenance.KEY)).get(Provenance.SOURCE_ID)).toList();
        assertThat(rows).containsExactly(7, 9);
        assertThat(sources).containsExactly("SRC-7", "SRC-9");
    }

    @Test
    void givenATicketRecordedBefore_whenRowsRepeatItOrBreakRules_thenEveryBadRowIsRefusedAndNothingIsRecorded() {
        IncidentRecord recorded = urgentRespondedAfter("T-1", 30);
        IncidentRecord outside = new IncidentRecord("T-5", recorded.severity(), APRIL_END.plusSeconds(60), null, null,
                List.of());
        newFixture().given(opened(), new IncidentRecorded(PERIOD, AGREEMENT, "inc-0", recorded, DURING_APRIL))
                .when(new RecordMeasurements(PERIOD, List.of(
                        incident(1, "inc-1", urgentRespondedAfter("T-1", 10)),   // ticket recorded before
                        incident(2, "inc-2", urgentRespondedAfter("T-2", 10)),   // fine on its own
                        incident(3, "inc-3", urgentRespondedAfter("T-2", 20)),   // ticket of row 2
                        incident(4, "inc-0", urgentRespondedAfter("T-4", 10)),   // record id taken
                        incident(5, "inc-5", outside)), DURING_APRIL))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayloadMatching(new org.hamcrest.BaseMatcher<>() {
                    @Override
                    public boolean matches(Object actual) {
                        assertThat((List<Refusal>) actual).extracting(Refusal::row, Refusal::code).containsExactly(
                                org.assertj.core.groups.Tuple.tuple(1, "DUPLICATE_RECORD"),
                                org.assertj.core.groups.Tuple.tuple(3, "DUPLICATE_RECORD"),
                                org.assertj.core.groups.Tuple.tuple(4, "DUPLICATE_RECORD"),
                                org.assertj.core.groups.Tuple.tuple(5, "OUTSIDE_PERIOD"));
                        return true;
                    }

                    @Override
                    public void describeTo(org.hamcrest.Description description) {
                        description.appendText("the refused rows");
                    }
                });
    }

    @Test
    void givenAClosedPeriod_whenRowsAreRecorded_thenThePeriodIsClosedForAllOfThem() {
        PeriodClosed closed = new PeriodClosed(PERIOD, AGREEMENT, VENDOR, APRIL, 1, AFTER_APRIL, null, List.of(), "EUR",
                new BigDecimal("100000.00"), new BigDecimal("10000.00"), new BigDecimal("10000.00"), List.of(),
                new BigDecimal("0.00"), new BigDecimal("0.00"), AFTER_APRIL);
        assertThat(codeOf(newFixture().given(opened(), closed), new RecordMeasurements(PERIOD,
                List.of(incident(1, "inc-1", urgentRespondedAfter("T-1", 10))), AFTER_APRIL))).isEqualTo("PERIOD_CLOSED");
    }

    @Test
    void givenNoPeriodYet_whenTheFirstRowsAreRecorded_thenThePeriodOpensAndRecordsThem() {
        IncidentRecord incident = urgentRespondedAfter("T-1", 30);
        newFixture().givenNoPriorActivity()
                .when(new RecordMeasurements(PERIOD, List.of(incident(1, "inc-1", incident)), DURING_APRIL))
                .expectEvents(opened(), new IncidentRecorded(PERIOD, AGREEMENT, "inc-1", incident, DURING_APRIL));
    }
}
