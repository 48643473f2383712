package com.vendorsla.sharedkernel.common;

/**
 * Metadata keys every command carries from the edge and every event inherits (domain.md, Audit).
 * Axon's own {@code MessageOriginProvider} adds {@link #TRACE_ID} (the request's correlation id, shared by every
 * message it causes) and {@link #CAUSATION_ID} (the id of the message that caused this one).
 */
public final class AuditMetadata {

    /** The user who asked, as authenticated. */
    public static final String ACTOR = "actor";
    /** The role under which the user acted. */
    public static final String ROLE = "role";
    /**
     * The vendor a {@code VENDOR} user acted for (the vendor id its login is bound to), on its commands and on every
     * event they cause; absent for the customer's own users and the platform. The aggregates a vendor's user may
     * write to compare it with their vendor before any handler, and before the command's If-Match.
     */
    public static final String ACTING_VENDOR = "actingVendorId";
    /** The reason or comment the user gave, when there is one. */
    public static final String REASON = "reason";
    /** Axon's key for the correlation id of the whole request. */
    public static final String TRACE_ID = "traceId";
    /** Axon's key (named "correlationId" by Axon) for the id of the causing message. */
    public static final String CAUSATION_ID = "correlationId";
    /** Hash of the event chained to the previous event of the same aggregate (integrity). */
    public static final String CHAIN_HASH = "chainHash";

    private AuditMetadata() {
    }
}
