package com.vendorsla.sharedkernel.agreement.query;

/**
 * Renegotiations across the portfolio, by deadline, optionally only those of one status (OPEN, OVERDUE, CONCLUDED)
 * and only those caused by the acquisition of one vendor; answered by {@link RenegotiationSummary} rows.
 */
public record FindRenegotiations(String status, String acquiredVendorId) {
}
