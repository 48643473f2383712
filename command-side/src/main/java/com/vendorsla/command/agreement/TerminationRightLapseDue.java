package com.vendorsla.command.agreement;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Deadline payload: termination right {@code rightId} lapses at {@code dueAt}, the start of the day after
 * {@code exerciseBy} in the agreement's coverage time zone, unless exercised before.
 */
public record TerminationRightLapseDue(String rightId, LocalDate exerciseBy, Instant dueAt) {
}
