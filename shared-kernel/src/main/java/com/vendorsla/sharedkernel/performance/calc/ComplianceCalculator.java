package com.vendorsla.sharedkernel.performance.calc;

import com.vendorsla.sharedkernel.agreement.terms.Severity;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Response and resolution compliance for one severity and one month (domain.md, "Measuring a period"). */
public final class ComplianceCalculator {

    private ComplianceCalculator() {
    }

    /**
     * Incidents of {@code severity} opened in the period count. Elapsed time is covered time from opening until the
     * clock stopped, minus covered customer-waiting time in that span; within when elapsed ≤ threshold.
     * <p>
     * A clock that stopped after {@code closedAt} is treated as still running at close, so re-running the
     * calculation with later facts gives the answer the close gave. An incident still open at close counts as
     * missed once its elapsed time up to {@code closedAt} exceeds the threshold, otherwise it is left out.
     */
    public static ComplianceMeasurement measure(CoverageCalendar calendar, YearMonth month,
                                                List<IncidentFacts> incidents, Severity severity,
                                                int thresholdMinutes, ComplianceKind kind, Instant closedAt) {
        Interval period = calendar.period(month);
        long thresholdSeconds = thresholdMinutes * 60L;
        List<IncidentOutcome> outcomes = new ArrayList<>();
        int counted = 0;
        int within = 0;
        int leftOut = 0;
        List<IncidentFacts> relevant = incidents.stream()
                .filter(i -> i.severity() == severity && period.contains(i.openedAt()))
                .sorted(Comparator.comparing(IncidentFacts::openedAt).thenComparing(IncidentFacts::ticket))
                .toList();
        for (IncidentFacts incident : relevant) {
            Instant stopped = incident.stoppedAt(kind);
            boolean openAtClose = stopped == null || stopped.isAfter(closedAt);
            Instant until = openAtClose ? closedAt : stopped;
            if (until.isBefore(incident.openedAt())) {
                until = incident.openedAt();
            }
            Interval span = new Interval(incident.openedAt(), until);
            List<Interval> covered = calendar.coveredIntervals(span);
            long coveredSeconds = Intervals.totalSeconds(covered);
            long waitSeconds = Intervals.totalSeconds(
                    Intervals.intersect(covered, Intervals.clip(incident.customerWaits(), span)));
            long elapsed = coveredSeconds - waitSeconds;
            IncidentStatus status;
            if (openAtClose) {
                status = elapsed > thresholdSeconds ? IncidentStatus.OPEN_MISSED : IncidentStatus.OPEN_LEFT_OUT;
            } else {
                status = elapsed <= thresholdSeconds ? IncidentStatus.WITHIN : IncidentStatus.MISSED;
            }
            switch (status) {
                case WITHIN -> {
                    counted++;
                    within++;
                }
                case MISSED, OPEN_MISSED -> counted++;
                case OPEN_LEFT_OUT -> leftOut++;
            }
            outcomes.add(new IncidentOutcome(incident.ticket(), incident.openedAt(), until, coveredSeconds,
                    waitSeconds, elapsed, Minutes.fromSeconds(elapsed), status));
        }
        return new ComplianceMeasurement(counted, within, leftOut,
                counted == 0 ? null : new Ratio(within, counted).percent(), outcomes);
    }
}
