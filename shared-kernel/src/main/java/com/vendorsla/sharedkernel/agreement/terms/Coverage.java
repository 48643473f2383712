package com.vendorsla.sharedkernel.agreement.terms;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * When the service levels are measured. Either {@code hours = "24x7"} (every minute counts) or business hours:
 * {@code days}, {@code from}–{@code to} local time, minus {@code holidays}, all in {@code timeZone}.
 */
public record Coverage(
        String timeZone,
        String hours,
        List<Weekday> days,
        LocalTime from,
        LocalTime to,
        List<LocalDate> holidays) {

    public static final String ALL_HOURS = "24x7";

    public Coverage {
        days = days == null ? null : List.copyOf(days);
        holidays = holidays == null ? null : List.copyOf(holidays);
    }

    public static Coverage allHours(String timeZone) {
        return new Coverage(timeZone, ALL_HOURS, null, null, null, null);
    }

    public static Coverage businessHours(String timeZone, List<Weekday> days, LocalTime from, LocalTime to,
                                         List<LocalDate> holidays) {
        return new Coverage(timeZone, null, days, from, to, holidays);
    }

    @JsonIgnore
    public boolean isAllHours() {
        return ALL_HOURS.equalsIgnoreCase(hours);
    }
}
