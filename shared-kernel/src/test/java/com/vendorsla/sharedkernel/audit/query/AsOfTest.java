package com.vendorsla.sharedkernel.audit.query;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AsOfTest {

    private static final Instant JUNE = Instant.parse("2026-06-01T00:00:00Z");
    private static final Instant MAY = Instant.parse("2026-05-15T00:00:00Z");
    private static final Instant RECORDED_IN_NOVEMBER = Instant.parse("2026-11-22T08:00:00Z");

    @Test
    void givenOnlyABusinessInstant_whenAnEventHappenedByThen_thenItCountsWhenEverItWasRecorded() {
        AsOf june = AsOf.at(JUNE);
        assertThat(june.includes(MAY, RECORDED_IN_NOVEMBER)).isTrue();
        assertThat(june.includes(JUNE, RECORDED_IN_NOVEMBER)).isTrue();
        assertThat(june.includes(JUNE.plusMillis(1), JUNE)).isFalse();
    }

    @Test
    void givenKnownAt_whenTheEventWasRecordedLater_thenItDoesNotCount() {
        AsOf juneAsKnownInJune = AsOf.of(JUNE, JUNE);
        assertThat(juneAsKnownInJune.includes(MAY, RECORDED_IN_NOVEMBER)).isFalse();
        assertThat(juneAsKnownInJune.includes(MAY, MAY)).isTrue();
        assertThat(AsOf.of(JUNE, RECORDED_IN_NOVEMBER).includes(MAY, RECORDED_IN_NOVEMBER)).isTrue();
    }

    @Test
    void givenRequestParameters_whenResolved_thenKnownAtAloneAsksAboutItsOwnInstant() {
        assertThat(AsOf.of(null, null)).isNull();
        assertThat(AsOf.of(null, JUNE)).isEqualTo(new AsOf(JUNE, JUNE));
        assertThat(AsOf.of(JUNE, null)).isEqualTo(AsOf.at(JUNE));
        assertThat(AsOf.of(JUNE, RECORDED_IN_NOVEMBER).toString())
                .isEqualTo("2026-06-01T00:00:00Z as known at 2026-11-22T08:00:00Z");
        assertThatThrownBy(() -> new AsOf(null, JUNE)).isInstanceOf(IllegalArgumentException.class);
    }
}
