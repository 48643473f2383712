package com.vendorsla.sharedkernel.performance.calc;

import java.time.YearMonth;
import java.util.List;

/** Availability of one service level for one month (domain.md, "Measuring a period"). */
public final class AvailabilityCalculator {

    private AvailabilityCalculator() {
    }

    /**
     * @param vendorDowntime only downtime caused by the vendor (the caller filters by cause: only {@code VENDOR}
     *                       counts); it may overlap, cross the month or lie outside covered time
     */
    public static AvailabilityMeasurement measure(CoverageCalendar calendar, YearMonth month,
                                                  List<Interval> vendorDowntime) {
        Interval period = calendar.period(month);
        List<Interval> covered = calendar.coveredIntervals(period);
        List<Interval> counted = Intervals.intersect(covered, Intervals.clip(vendorDowntime, period));
        return AvailabilityMeasurement.of(Intervals.totalSeconds(covered), counted);
    }
}
