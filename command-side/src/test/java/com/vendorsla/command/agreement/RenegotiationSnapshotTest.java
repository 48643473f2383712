package com.vendorsla.command.agreement;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An agreement snapshotted during a renegotiation comes back with it: the open one, past ones, agreed revisions. */
class RenegotiationSnapshotTest {

    private static final Jackson3Serializer SERIALIZER = Jackson3Serializer.builder()
            .jsonMapperBuilderCustomizer(builder -> builder.polymorphicTypeValidator(
                    BasicPolymorphicTypeValidator.builder().allowIfSubType("org.axonframework.")
                            .allowIfSubType("com.vendorsla.").build()))
            .build();

    @Test
    void givenARenegotiationWithAnAgreedAcquisitionRevision_whenSnapshottedAndLoaded_thenNothingIsLost() {
        List<Object> events = new java.util.ArrayList<>(AgreementTest.active());
        events.add(RenegotiationTest.opened());
        events.addAll(RenegotiationTest.acquisitionRevisionAgreed(1, 2));
        Agreement agreement = AgreementHistory.of(events);

        String before = json(agreement);
        SerializedObject<byte[]> stored = SERIALIZER.serialize(agreement, byte[].class);
        Agreement loaded = SERIALIZER.deserialize(stored);

        assertThat(json(loaded)).isEqualTo(before)
                .contains(RenegotiationTest.ACQUISITION.value(), RenegotiationTest.ACQUIRER.value(), "\"2026-05-30\"");
        assertThat(loaded).usingRecursiveComparison().isEqualTo(agreement);
    }

    private static String json(Object object) {
        return new String(SERIALIZER.serialize(object, byte[].class).getData(), StandardCharsets.UTF_8);
    }
}
