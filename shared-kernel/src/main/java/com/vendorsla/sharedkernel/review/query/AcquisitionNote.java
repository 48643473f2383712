package com.vendorsla.sharedkernel.review.query;

import java.time.LocalDate;

/**
 * An acquisition of the agreement's vendor as the review reports it: {@code vendorId} was acquired by (or merged
 * into) {@code acquirerId} with effect from {@code effectiveDate}. Kept apart from the vendor's own events so that the
 * review reads acquisitions whichever event records them.
 */
public record AcquisitionNote(String vendorId, String acquirerId, LocalDate effectiveDate, String reference) {
}
