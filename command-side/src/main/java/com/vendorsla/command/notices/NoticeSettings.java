package com.vendorsla.command.notices;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * {@code sla.notices.*}: recipients per role ({@code sla.notices.recipients.<ROLE>}, comma-separated addresses), the
 * sender, the days of domain.md's table, and the time zone in which a notice due on a date goes out at midnight.
 */
@Component
public class NoticeSettings {

    /** Whether notices are scheduled at all ({@code sla.notices.enabled}, true). */
    final boolean enabled;
    final Map<String, List<String>> recipients;
    final String from;
    final ZoneId zone;
    final List<Integer> terminationReminderDays;
    final int renegotiationDueDays;
    final int monthGraceDays;
    final int monthRepeatDays;
    final int reviewDays;
    final List<Integer> expiringDays;
    /** Whether a mail server is configured (spring.mail.host); without one notices are recorded, not mailed. */
    final boolean mailConfigured;

    NoticeSettings(Environment environment) {
        Binder binder = Binder.get(environment);
        this.enabled = environment.getProperty("sla.notices.enabled", Boolean.class, true);
        this.recipients = binder.bind("sla.notices.recipients", Bindable.mapOf(String.class, String.class))
                .map(map -> {
                    Map<String, List<String>> lists = new java.util.TreeMap<>();
                    map.forEach((role, addresses) -> lists.put(role.toUpperCase(), java.util.Arrays.stream(
                            addresses.split(",")).map(String::strip).filter(a -> !a.isEmpty()).toList()));
                    return lists;
                }).orElse(Map.of());
        this.from = environment.getProperty("sla.notices.from", "sla-platform@localhost");
        this.zone = ZoneId.of(environment.getProperty("sla.notices.zone", "UTC"));
        this.terminationReminderDays = binder.bind("sla.notices.termination-reminder-days",
                Bindable.listOf(Integer.class)).orElse(List.of(14, 3));
        this.renegotiationDueDays = environment.getProperty("sla.notices.renegotiation-due-days", Integer.class, 14);
        this.monthGraceDays = environment.getProperty("sla.notices.month-grace-days", Integer.class, 5);
        this.monthRepeatDays = environment.getProperty("sla.notices.month-repeat-days", Integer.class, 7);
        this.reviewDays = environment.getProperty("sla.notices.review-days", Integer.class, 30);
        this.expiringDays = binder.bind("sla.notices.expiring-days", Bindable.listOf(Integer.class))
                .orElse(List.of(90, 30));
        String host = environment.getProperty("spring.mail.host");
        this.mailConfigured = host != null && !host.isBlank();
    }

    List<String> recipients(List<String> roles) {
        return roles.stream().flatMap(role -> recipients.getOrDefault(role, List.of()).stream()).distinct().toList();
    }

    public boolean mailConfigured() {
        return mailConfigured;
    }
}
