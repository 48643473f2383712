package com.vendorsla.platform.web;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class InstantReadingTest {

    private final JsonMapper withReading = JsonMapper.builder().addModule(InstantReading.module()).build();
    private final JsonMapper jacksons = JsonMapper.builder().build();

    @Test
    void everyInstantAsJavaWritesItIsReadAsJacksonReadsIt() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            // 1970 to 2100, whole seconds, millis, micros or nanos: every length Instant.toString writes
            Instant instant = Instant.ofEpochSecond(random.nextLong(0, 4_102_444_800L),
                    switch (i % 4) {
                        case 0 -> 0;
                        case 1 -> random.nextInt(1000) * 1_000_000;
                        case 2 -> random.nextInt(1_000_000) * 1_000;
                        default -> random.nextInt(1_000_000_000);
                    });
            assertThat(InstantReading.parseCanonical(instant.toString())).isEqualTo(instant);
            assertThat(read(withReading, "\"" + instant + "\"")).isEqualTo(read(jacksons, "\"" + instant + "\""));
        }
    }

    @Test
    void otherFormsAreLeftToJacksonWithTheSameResult() {
        for (String json : List.of("\"2026-02-01T10:00:00+01:00\"", "\"2026-02-01T09:00:00.5Z\"", "\"2026-02-01T09:00Z\"",
                "1769936400", "1769936400.250", "\"2026-02-01t09:00:00z\"", "\"+12026-02-01T09:00:00Z\"")) {
            assertThat(outcome(withReading, json)).as(json).isEqualTo(outcome(jacksons, json));
        }
        assertThat(InstantReading.parseCanonical("2026-02-01T10:00:00+01:00")).isNull();
        assertThat(InstantReading.parseCanonical("2026-02-01 09:00:00Z")).isNull();
        assertThat(InstantReading.parseCanonical("2026-02-01T09:00:00.Z")).isNull();
        assertThat(InstantReading.parseCanonical("2026-02-01T09:00:00.1234567890Z")).isNull();
    }

    /** Impossible dates and times are not read by hand: whatever Jackson makes of them (an error, or a lenient instant). */
    @Test
    void impossibleDatesAndTimesAreLeftToJackson() {
        for (String text : List.of("2026-02-30T09:00:00Z", "2026-13-01T09:00:00Z", "2026-02-01T24:00:00Z",
                "2026-02-01T09:60:00Z", "2026-02-01T23:59:60Z", "2026-0a-01T09:00:00Z")) {
            assertThat(InstantReading.parseCanonical(text)).as(text).isNull();
            assertThat(outcome(withReading, "\"" + text + "\"")).as(text).isEqualTo(outcome(jacksons, "\"" + text + "\""));
        }
    }

    /** The instant read, or the class of the error. */
    private static Object outcome(JsonMapper mapper, String json) {
        try {
            return read(mapper, json);
        } catch (RuntimeException e) {
            return e.getClass();
        }
    }

    private static Instant read(JsonMapper mapper, String json) {
        return mapper.readValue(json, Instant.class);
    }
}
