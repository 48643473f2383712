package com.vendorsla.command.performance;

import com.vendorsla.sharedkernel.agreement.terms.Severity;
import com.vendorsla.sharedkernel.performance.CreditId;
import com.vendorsla.sharedkernel.performance.IncidentRecord;
import com.vendorsla.sharedkernel.performance.TimeSpan;
import com.vendorsla.sharedkernel.performance.event.IncidentRecorded;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sagas and snapshots are stored as JSON by Axon's Jackson 3 serializer, configured as in production. State that
 * does not survive the round trip is lost between two events (a saga) or after a snapshot (an aggregate).
 */
class StateSerializationTest {

    private final Jackson3Serializer serializer = Jackson3Serializer.builder()
            .jsonMapperBuilderCustomizer(builder -> builder.polymorphicTypeValidator(
                    BasicPolymorphicTypeValidator.builder().allowIfSubType("org.axonframework.")
                            .allowIfSubType("com.vendorsla.").build()))
            .build();

    @Test
    void givenAProcessThatHasSeenThreeMonths_whenStoredAndLoaded_thenItRemembersThemAll() {
        AgreementPerformanceProcess process = new AgreementPerformanceProcess();
        YearMonth april = YearMonth.of(2026, 4);
        CreditId credit = CreditId.of(com.vendorsla.sharedkernel.performance.PerformancePeriodId.of(PeriodFixtures.AGREEMENT, april), 1);
        process.on(AgreementPerformanceProcessTest.opened(april));
        process.on(AgreementPerformanceProcessTest.closed(april, false, credit));
        process.on(AgreementPerformanceProcessTest.opened(april.plusMonths(1)));

        String before = json(process);
        AgreementPerformanceProcess loaded = roundTrip(process, AgreementPerformanceProcess.class);

        assertThat(json(loaded)).isEqualTo(before).contains("2026-04", "2026-05", credit.value(), "availability");
    }

    @Test
    void givenAPeriodWithRecordsAndCredits_whenSnapshottedAndLoaded_thenNothingIsLost() {
        PerformancePeriod period = new PerformancePeriod();
        period.on(PeriodFixtures.opened());
        period.on(new com.vendorsla.sharedkernel.performance.event.DowntimeRecorded(PeriodFixtures.PERIOD,
                PeriodFixtures.AGREEMENT, "dt-1", PeriodFixtures.vendorDowntime("2026-04-03T10:00:00Z", 50),
                PeriodFixtures.DURING_APRIL));
        // incidents go to the snapshot as columns (IncidentColumns): every field, nanoseconds, absent times, waits
        period.on(new IncidentRecorded(PeriodFixtures.PERIOD, PeriodFixtures.AGREEMENT, "inc-1",
                PeriodFixtures.urgentRespondedAfter("T-1", 120), PeriodFixtures.DURING_APRIL));
        IncidentRecord open = new IncidentRecord("T-2", Severity.HIGH, Instant.parse("2026-04-05T08:00:00.123456789Z"),
                null, null, List.of(new TimeSpan(Instant.parse("2026-04-05T09:00:00Z"), Instant.parse("2026-04-05T09:30:00.5Z"))));
        period.on(new IncidentRecorded(PeriodFixtures.PERIOD, PeriodFixtures.AGREEMENT, "inc-2", open,
                PeriodFixtures.DURING_APRIL));
        period.on(CreditLifecycleTest.closedWithAvailabilityCredit());

        String before = json(period);
        PerformancePeriod loaded = roundTrip(period, PerformancePeriod.class);

        assertThat(json(loaded)).isEqualTo(before).contains("dt-1", CreditLifecycleTest.AVAILABILITY_CREDIT.value(), "T-2", "\"times\"");
        assertThat(loaded.isClosed()).isTrue();
    }

    private <T> T roundTrip(T object, Class<T> type) {
        SerializedObject<byte[]> stored = serializer.serialize(object, byte[].class);
        return serializer.deserialize(stored);
    }

    private String json(Object object) {
        return new String(serializer.serialize(object, byte[].class).getData(), java.nio.charset.StandardCharsets.UTF_8);
    }

}
