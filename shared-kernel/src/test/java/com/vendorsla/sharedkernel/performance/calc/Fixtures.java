package com.vendorsla.sharedkernel.performance.calc;

import com.vendorsla.sharedkernel.agreement.terms.Classification;
import com.vendorsla.sharedkernel.agreement.terms.Coverage;
import com.vendorsla.sharedkernel.agreement.terms.KpiDirection;
import com.vendorsla.sharedkernel.agreement.terms.ServiceLevel;
import com.vendorsla.sharedkernel.agreement.terms.ServiceLevelKind;
import com.vendorsla.sharedkernel.agreement.terms.Severity;
import com.vendorsla.sharedkernel.agreement.terms.Weekday;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** Shared builders: local wall-clock times in a named zone, coverages and service levels. */
final class Fixtures {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId UTC = ZoneId.of("UTC");
    static final List<Weekday> MON_FRI = List.of(Weekday.MON, Weekday.TUE, Weekday.WED, Weekday.THU, Weekday.FRI);

    private Fixtures() {
    }

    /** An instant given as Berlin wall-clock time, e.g. {@code berlin("2026-03-02T08:00")}. */
    static Instant berlin(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    static Instant utc(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(UTC).toInstant();
    }

    static Interval berlin(String from, String to) {
        return new Interval(berlin(from), berlin(to));
    }

    static Interval utc(String from, String to) {
        return new Interval(utc(from), utc(to));
    }

    static CoverageCalendar allHours(ZoneId zone) {
        return CoverageCalendar.of(Coverage.allHours(zone.getId()));
    }

    /** Mon–Fri 08:00–18:00 Berlin, with the given holidays. */
    static CoverageCalendar officeHoursBerlin(LocalDate... holidays) {
        return CoverageCalendar.of(Coverage.businessHours("Europe/Berlin", MON_FRI,
                LocalTime.of(8, 0), LocalTime.of(18, 0), List.of(holidays)));
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    static ServiceLevel availability(String id, String target, String minimum, String internalTarget,
                                     Classification classification, String allocation) {
        return new ServiceLevel(id, id, ServiceLevelKind.AVAILABILITY, null, null, null, dec(target),
                minimum == null ? null : dec(minimum), internalTarget == null ? null : dec(internalTarget),
                classification, allocation == null ? null : dec(allocation));
    }

    static ServiceLevel response(String id, Severity severity, int thresholdMinutes, String target,
                                 Classification classification, String allocation) {
        return new ServiceLevel(id, id, ServiceLevelKind.RESPONSE_TIME, severity, thresholdMinutes, null,
                dec(target), null, null, classification, allocation == null ? null : dec(allocation));
    }

    static ServiceLevel resolution(String id, Severity severity, int thresholdMinutes, String target,
                                   Classification classification, String allocation) {
        return new ServiceLevel(id, id, ServiceLevelKind.RESOLUTION_TIME, severity, thresholdMinutes, null,
                dec(target), null, null, classification, allocation == null ? null : dec(allocation));
    }

    static ServiceLevel kpi(String id, KpiDirection direction, String target, String minimum, String internalTarget,
                            Classification classification, String allocation) {
        return new ServiceLevel(id, id, ServiceLevelKind.KPI, null, null, direction, dec(target),
                minimum == null ? null : dec(minimum), internalTarget == null ? null : dec(internalTarget),
                classification, allocation == null ? null : dec(allocation));
    }
}
