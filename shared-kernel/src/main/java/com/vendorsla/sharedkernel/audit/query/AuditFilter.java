package com.vendorsla.sharedkernel.audit.query;

import java.time.Instant;
import java.util.List;

/**
 * Narrows an audit trail or a history; every part is optional. {@code types} match an event's simple name
 * ({@code AgreementDrafted}) or its full class name; {@code from} (inclusive) and {@code to} (exclusive) bound the
 * recording time, when the platform stored the event.
 */
public record AuditFilter(String actor, List<String> types, Instant from, Instant to) {

    public static final AuditFilter NONE = new AuditFilter(null, List.of(), null, null);

    public AuditFilter {
        types = types == null ? List.of() : List.copyOf(types);
    }
}
