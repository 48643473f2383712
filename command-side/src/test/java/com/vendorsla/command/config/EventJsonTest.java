package com.vendorsla.command.config;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.AgreementType;
import com.vendorsla.sharedkernel.agreement.event.AgreementDrafted;
import com.vendorsla.sharedkernel.agreement.event.AgreementEvent;
import com.vendorsla.sharedkernel.vendor.VendorId;
import com.vendorsla.sharedkernel.vendor.event.VendorEvent;
import com.vendorsla.sharedkernel.vendor.event.VendorRegistered;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static com.vendorsla.sharedkernel.testsupport.TermsExamples.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events as the event store keeps them: Axon's Jackson 3 serializer with this module's settings. Every event
 * survives the round trip unchanged, carries revision 1, and reads as an auditor expects (decimals as strings,
 * ISO-8601 times, raw ids). A new event of these contexts fails {@link #everyEventHasASample} until it has one here.
 */
class EventJsonTest {

    private static final UUID U = UUID.fromString("6f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f");
    private static final Instant AT = Instant.parse("2026-02-03T10:00:00Z");

    private static final Jackson3Serializer SERIALIZER = Jackson3Serializer.builder()
            .revisionResolver(new AnnotationRevisionResolver())
            .jsonMapperBuilderCustomizer(new JsonConfig().axonSerializerSettings())
            .build();

    static List<Object> samples() {
        return List.of(
                new VendorRegistered(VendorId.of(U), "Acme Hosting", "DE", "SUP-0042", AT),
                new AgreementDrafted(AgreementId.of(U), VendorId.of(U), "Core hosting", AgreementType.SERVICE_BASED,
                        "Finance IT", LocalDate.of(2026, 1, 1), null, null, null, poolTerms(), poolTerms(), AT),
                new AgreementDrafted(AgreementId.of(U), VendorId.of(U), "Finance hosting", AgreementType.MULTI_LEVEL,
                        null, LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31), AgreementId.of(UUID.randomUUID()), null,
                        onlyMonthlyCharge("40000.00"), tieredBusinessHoursTerms(), AT));
    }

    static Stream<Object> events() {
        return samples().stream();
    }

    @Test
    void everyEventHasASample() {
        List<Class<?>> events = Stream.of(VendorEvent.class, AgreementEvent.class)
                .flatMap(sealed -> Arrays.stream(sealed.getPermittedSubclasses())).toList();
        assertThat(samples().stream().map(Object::getClass).distinct()).containsExactlyInAnyOrderElementsOf(events);
    }

    @ParameterizedTest
    @MethodSource("events")
    void givenAnEvent_whenStoredAndReadBack_thenItIsUnchangedAndAtRevisionOne(Object event) {
        SerializedObject<byte[]> stored = SERIALIZER.serialize(event, byte[].class);
        assertThat(stored.getType().getName()).isEqualTo(event.getClass().getName());
        assertThat(stored.getType().getRevision()).isEqualTo("1");
        Object read = SERIALIZER.deserialize(stored);
        assertThat(read).isEqualTo(event);
    }

    @Test
    void givenAnAgreementDrafted_whenStored_thenDecimalsAreStringsAndTimesAreIso8601() {
        String json = new String(SERIALIZER.serialize(samples().get(2), byte[].class).getData(), StandardCharsets.UTF_8);
        assertThat(json)
                .contains("\"monthlyCharge\":\"40000.00\"", "\"monthlyCharge\":\"25000.00\"", "\"target\":\"99.9\"",
                        "\"below\":\"99.99\"", "\"capPercent\":\"100\"")
                .contains("\"occurredAt\":\"2026-02-03T10:00:00Z\"", "\"effectiveFrom\":\"2026-01-01\"",
                        "\"from\":\"08:00:00\"", "\"holidays\":[\"2026-12-25\"]", "\"days\":[\"MON\",\"TUE\",\"WED\",\"THU\",\"FRI\"]")
                .contains("\"agreementId\":\"agr-" + U + "\"", "\"vendorId\":\"vnd-" + U + "\"")
                .doesNotContainPattern("\"(monthlyCharge|target|below|creditPercent|allocationPercent)\":[0-9]");
    }
}
