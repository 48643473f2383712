package com.vendorsla.sharedkernel.agreement.query;

/** Agreement summaries, each filter optional. */
public record FindAgreements(String vendorId, String status, String type) {
}
