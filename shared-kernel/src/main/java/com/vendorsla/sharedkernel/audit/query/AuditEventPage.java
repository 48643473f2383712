package com.vendorsla.sharedkernel.audit.query;

import java.util.List;

/** One page of the audit trail; {@code total} counts every event the filter matches. */
public record AuditEventPage(List<AuditEventView> events, int page, int size, long total) {
}
