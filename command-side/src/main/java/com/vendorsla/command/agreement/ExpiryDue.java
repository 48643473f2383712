package com.vendorsla.command.agreement;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Deadline payload: the agreement expires at {@code dueAt}, the start of the day after {@code lastDay} (its
 * effectiveTo) in its coverage time zone. Carries business time so the expiry records when it was due.
 */
public record ExpiryDue(LocalDate lastDay, Instant dueAt) {
}
