package com.vendorsla.query.review;

import com.vendorsla.sharedkernel.review.event.ReviewEvent;

/** A review event with who recorded it (from its metadata), for the report's "completed by". */
public record RecordedReviewEvent(ReviewEvent event, String actor, String role) {
}
