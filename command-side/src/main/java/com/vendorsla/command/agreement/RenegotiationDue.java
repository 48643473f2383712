package com.vendorsla.command.agreement;

import com.vendorsla.sharedkernel.vendor.AcquisitionId;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Deadline payload: the renegotiation for {@code acquisitionId} is overdue at {@code dueAt}, the start of the day
 * after {@code deadline} in the agreement's coverage time zone, unless concluded before.
 */
public record RenegotiationDue(AcquisitionId acquisitionId, LocalDate deadline, Instant dueAt) {
}
