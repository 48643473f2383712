package com.vendorsla.sharedkernel.agreement.query;

import com.vendorsla.sharedkernel.agreement.RenegotiationOutcome;
import com.vendorsla.sharedkernel.agreement.RenegotiationStatus;

import java.time.Instant;
import java.time.LocalDate;

/**
 * api.md's {@code renegotiation: {status, deadline, outcome?}}, with when it opened, since when it is (or was)
 * overdue, and when and by whom it was concluded ({@code revision}: the revision a REVISED outcome names), and the
 * acquisition that caused it and its acquirer.
 */
public record RenegotiationView(
        RenegotiationStatus status,
        LocalDate deadline,
        RenegotiationOutcome outcome,
        Integer revision,
        Instant openedAt,
        Instant overdueSince,
        Instant concludedAt,
        String concludedBy,
        String acquisitionId,
        String acquirerId) {

    public RenegotiationView overdueSince(Instant since) {
        return new RenegotiationView(RenegotiationStatus.OVERDUE, deadline, outcome, revision, openedAt, since,
                concludedAt, concludedBy, acquisitionId, acquirerId);
    }
}
