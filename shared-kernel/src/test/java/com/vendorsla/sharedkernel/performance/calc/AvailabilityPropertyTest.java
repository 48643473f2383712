package com.vendorsla.sharedkernel.performance.calc;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AvailabilityPropertyTest {

    private static final Instant FROM = Instant.parse("2026-02-20T00:00:00Z");

    @Property(tries = 300)
    void availabilityAlwaysLiesBetween0And100(@ForAll("downtime") List<Interval> downtime,
                                              @ForAll boolean officeHours) {
        CoverageCalendar calendar = officeHours ? Fixtures.officeHoursBerlin() : Fixtures.allHours(Fixtures.BERLIN);

        AvailabilityMeasurement m = AvailabilityCalculator.measure(calendar, YearMonth.of(2026, 3), downtime);

        assertThat(m.percent()).isBetween(BigDecimal.ZERO, new BigDecimal("100"));
        assertThat(m.countedDowntimeSeconds()).isBetween(0L, m.coveredSeconds());
        assertThat(m.meets(m.percent().setScale(3, java.math.RoundingMode.DOWN))).isTrue();
    }

    @Provide
    Arbitrary<List<Interval>> downtime() {
        Arbitrary<Interval> interval = Combinators.combine(
                        Arbitraries.longs().between(0, 50L * 24 * 3600),
                        Arbitraries.longs().between(0, 10L * 24 * 3600))
                .as((offset, length) -> new Interval(FROM.plusSeconds(offset), FROM.plusSeconds(offset + length)));
        return interval.list().ofMaxSize(12);
    }
}
