package com.vendorsla.command.review;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Deadline payload: the agreement's {@code anniversary}-th anniversary, {@code anniversaryDate}, begins at
 * {@code dueAt} in its coverage time zone; the review of calendar year {@code year} then falls due. Carries
 * business time so the review records when it fell due, not when the deadline was processed.
 */
public record ReviewDueDeadline(int anniversary, int year, LocalDate anniversaryDate, Instant dueAt) {
}
