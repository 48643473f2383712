package com.vendorsla.command.review;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review process and the review aggregate are stored as JSON between events (saga) and in snapshots (aggregate)
 * by Axon's Jackson 3 serializer, configured as in production: what they remember must survive the round trip.
 */
class ReviewStateSerializationTest {

    private final Jackson3Serializer serializer = Jackson3Serializer.builder()
            .jsonMapperBuilderCustomizer(builder -> builder.polymorphicTypeValidator(
                    BasicPolymorphicTypeValidator.builder().allowIfSubType("org.axonframework.")
                            .allowIfSubType("com.vendorsla.").build()))
            .build();

    @Test
    void givenAProcessStartedByActivation_whenStoredAndLoaded_thenItRemembersTheAgreementItsStartAndItsZone() {
        // what its activation handler keeps (the handler itself schedules a deadline, which needs a saga scope)
        AnnualReviewProcess process = new AnnualReviewProcess();
        inject(process, "agreementId", AnnualReviewProcessTest.AGREEMENT);
        inject(process, "effectiveFrom", LocalDate.of(2025, 3, 10));
        inject(process, "timeZone", "Europe/Berlin");

        String before = json(process);
        assertThat(json(roundTrip(process, AnnualReviewProcess.class))).isEqualTo(before)
                .contains(AnnualReviewProcessTest.AGREEMENT.value(), "2025-03-10", "Europe/Berlin");
    }

    @Test
    void givenACompletedReview_whenSnapshottedAndLoaded_thenItIsStillCompleted() {
        AnnualReview review = new AnnualReview();
        review.on(ReviewFixtures.due());
        review.on(ReviewFixtures.completed(ReviewFixtures.ANNIVERSARY, 2, ReviewFixtures.AFTER_DUE));

        String before = json(review);
        assertThat(json(roundTrip(review, AnnualReview.class))).isEqualTo(before)
                .contains(ReviewFixtures.REVIEW_2025.value(), "\"completed\":true", "2026-03-10");
    }

    private static void inject(Object target, String field, Object value) {
        try {
            var declared = target.getClass().getDeclaredField(field);
            declared.setAccessible(true);
            declared.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T roundTrip(T object, Class<T> type) {
        SerializedObject<byte[]> stored = serializer.serialize(object, byte[].class);
        return serializer.deserialize(stored);
    }

    private String json(Object object) {
        return new String(serializer.serialize(object, byte[].class).getData(), StandardCharsets.UTF_8);
    }
}
