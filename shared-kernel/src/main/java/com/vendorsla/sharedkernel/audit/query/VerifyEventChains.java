package com.vendorsla.sharedkernel.audit.query;

/**
 * Recomputes the hash chain of one aggregate ({@code aggregateId}) or of every aggregate (null) from the stored
 * events, answered by an {@link IntegrityReport}.
 */
public record VerifyEventChains(String aggregateId) {
}
