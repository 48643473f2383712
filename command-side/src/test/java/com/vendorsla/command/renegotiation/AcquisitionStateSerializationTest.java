package com.vendorsla.command.renegotiation;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;

import static com.vendorsla.command.renegotiation.AcquisitionProcessTest.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The acquisition process is stored as JSON between two events: it must come back knowing everything it knew. */
class AcquisitionStateSerializationTest {

    static final Jackson3Serializer SERIALIZER = Jackson3Serializer.builder()
            .jsonMapperBuilderCustomizer(builder -> builder.polymorphicTypeValidator(
                    BasicPolymorphicTypeValidator.builder().allowIfSubType("org.axonframework.")
                            .allowIfSubType("com.vendorsla.").build()))
            .build();

    @Test
    void givenAnAcquiredVendorsProcessWithAgreementsInPlay_whenStoredAndLoaded_thenItRemembersThemAndTheAcquisition()
            throws ReflectiveOperationException {
        AcquisitionProcess process = new AcquisitionProcess();
        process.on(registered(V));
        process.on(activated(X));
        process.on(activated(Z));
        // handlers that associate need a saga scope; the acquisition is set as VendorAcquired would set it
        Field acquisition = AcquisitionProcess.class.getDeclaredField("acquisition");
        acquisition.setAccessible(true);
        acquisition.set(process, new AcquisitionProcess.Acquisition(V_BY_A, A, MARCH_1));

        String before = json(process);
        SerializedObject<byte[]> stored = SERIALIZER.serialize(process, byte[].class);
        AcquisitionProcess loaded = SERIALIZER.deserialize(stored);

        assertThat(json(loaded)).isEqualTo(before)
                .contains(V.value(), X.value(), Z.value(), V_BY_A.value(), A.value(), "2026-03-01");
    }

    static String json(Object object) {
        return new String(SERIALIZER.serialize(object, byte[].class).getData(), StandardCharsets.UTF_8);
    }
}
