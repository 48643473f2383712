package com.vendorsla.sharedkernel.audit.query;

/**
 * One page of the audit trail of every aggregate, in the order the platform recorded the events, answered by an
 * {@link AuditEventPage}. {@code aggregateId} optional; {@code page} counts from 0.
 */
public record FindAuditEvents(String aggregateId, AuditFilter filter, int page, int size) {
}
