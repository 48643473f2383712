package com.vendorsla.sharedkernel.review.query;

import java.time.LocalDate;

/**
 * An acquisition of the agreement's vendor as the review reports it: {@code vendorId} was acquired by (or merged
 * into) {@code acquirerId} with effect from {@code effectiveDate} (from the vendor's {@code VendorAcquired}).
 */
public record AcquisitionNote(String vendorId, String acquirerId, LocalDate effectiveDate, String reference) {
}
