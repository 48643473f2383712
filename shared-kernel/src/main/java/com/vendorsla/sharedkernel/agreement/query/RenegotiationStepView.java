package com.vendorsla.sharedkernel.agreement.query;

import java.time.Instant;
import java.util.Map;

/**
 * One step of a renegotiation as recorded on the agreement: the event {@code type} at {@code sequence} of the
 * agreement's stream, its business time and recording time, who acted in which role and why, and the event's facts
 * that matter to legal ({@code details}: revision, party, outcome, versions, ...).
 */
public record RenegotiationStepView(
        long sequence,
        String type,
        Instant occurredAt,
        Instant recordedAt,
        String actor,
        String role,
        String reason,
        Map<String, Object> details) {
}
