package com.vendorsla.sharedkernel.intake;

/**
 * What became of an alert (api.md, {@code GET /api/outages}): ONGOING while it fires, RESOLVED once its downtime is
 * recorded, REJECTED when the downtime could not be recorded (a closed period: it needs a correction), UNMATCHED when
 * no monitor binding matched its labels.
 */
public enum OutageStatus {
    ONGOING, RESOLVED, REJECTED, UNMATCHED
}
