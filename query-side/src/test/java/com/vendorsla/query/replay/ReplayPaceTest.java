package com.vendorsla.query.replay;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ReplayPaceTest {

    private static final Instant NOW = Instant.parse("2026-12-07T06:00:00Z");
    private static final long SECONDS = Duration.ofSeconds(1).toNanos();

    @Test
    void thePaceSoFarGivesTheTimeLeftToWhereTheReplayRejoins() {
        // events 1..20,000 passed in 4 s of a replay that rejoins at 100,000: 5,000/s, 16 s to go
        ReplayPace pace = ReplayPace.of(1, 20_000L, 100_000L, 4 * SECONDS, NOW);

        assertThat(pace.eventsPerSecond()).isEqualTo(5_000);
        assertThat(pace.secondsLeft()).isEqualTo(16);
        assertThat(pace.expectedFinishAt()).isEqualTo(NOW.plusSeconds(16));
    }

    @Test
    void countsFromTheStoresFirstEventNotFromZero() {
        // a store whose first global index is 50,001 (older indexes never existed): 10,000 events passed in 2 s
        ReplayPace pace = ReplayPace.of(50_001, 60_000L, 70_000L, 2 * SECONDS, NOW);

        assertThat(pace.eventsPerSecond()).isEqualTo(5_000);
        assertThat(pace.secondsLeft()).isEqualTo(2);
    }

    @Test
    void partOfASecondLeftIsShownAsASecond() {
        ReplayPace pace = ReplayPace.of(1, 10_000L, 10_001L, 2 * SECONDS, NOW);

        assertThat(pace.secondsLeft()).isEqualTo(1);
    }

    @Test
    void nothingLeftOnceTheReplayHasPassedItsEnd() {
        assertThat(ReplayPace.of(1, 12_000L, 10_000L, 2 * SECONDS, NOW).secondsLeft()).isZero();
    }

    @Test
    void unknownInTheFirstSecondAndBeforeTheFirstEvent() {
        assertThat(ReplayPace.of(1, 5_000L, 10_000L, SECONDS / 2, NOW)).isEqualTo(ReplayPace.UNKNOWN);
        assertThat(ReplayPace.of(1, null, 10_000L, 3 * SECONDS, NOW)).isEqualTo(ReplayPace.UNKNOWN);
        assertThat(ReplayPace.of(100, 50L, 10_000L, 3 * SECONDS, NOW)).isEqualTo(ReplayPace.UNKNOWN);
    }

    @Test
    void aPaceWithoutAnEndWhenTheResetPositionIsNotKnown() {
        ReplayPace pace = ReplayPace.of(1, 3_000L, null, 3 * SECONDS, NOW);

        assertThat(pace.eventsPerSecond()).isEqualTo(1_000);
        assertThat(pace.secondsLeft()).isNull();
        assertThat(pace.expectedFinishAt()).isNull();
    }
}
