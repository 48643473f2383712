package com.vendorsla.sharedkernel.agreement.query;

import com.vendorsla.sharedkernel.agreement.TerminationReason;

import java.time.Instant;
import java.time.LocalDate;

/** How an agreement ended early: the reason, the right it exercised (FOR_CAUSE) and its first day out of force. */
public record TerminationView(TerminationReason reason, String terminationRightId, LocalDate effectiveDate,
                              Instant terminatedAt) {
}
