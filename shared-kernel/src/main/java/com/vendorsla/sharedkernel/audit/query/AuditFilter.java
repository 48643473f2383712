package com.vendorsla.sharedkernel.audit.query;

import java.time.Instant;
import java.util.List;

/**
 * Narrows an audit trail or a history; every part is optional. {@code types} match an event's simple name
 * ({@code AgreementDrafted}) or its full class name; {@code from} (inclusive) and {@code to} (exclusive) bound the
 * recording time, when the platform stored the event. {@code actingVendorId} keeps what users of one vendor (role
 * {@code VENDOR}) did.
 */
public record AuditFilter(String actor, String actingVendorId, List<String> types, Instant from, Instant to) {

    public static final AuditFilter NONE = new AuditFilter(null, null, List.of(), null, null);

    public AuditFilter(String actor, List<String> types, Instant from, Instant to) {
        this(actor, null, types, from, to);
    }

    public AuditFilter {
        types = types == null ? List.of() : List.copyOf(types);
    }

    /** The same filter, narrowed to what users of one vendor did ({@code null}: whoever did it). */
    public AuditFilter forActingVendor(String vendorId) {
        return new AuditFilter(actor, vendorId, types, from, to);
    }
}
