package com.vendorsla.sharedkernel.audit.query;

/**
 * Every event of one subject, in recording order, answered by a list of {@link AuditEventView}s. The subject is a
 * vendor, a performance period, or an agreement, whose history includes the events of all its performance periods.
 */
public record FindHistory(String subjectId, AuditFilter filter) {
}
