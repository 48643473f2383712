package com.vendorsla.sharedkernel.review.command;

import com.vendorsla.sharedkernel.review.ReviewId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Sent by the annual-review process on an agreement's anniversary: the review of the calendar year
 * {@code reviewId.year()} is due. Recording it again, or after the review was completed, changes nothing.
 *
 * @param dueOn      the anniversary (in the agreement's coverage time zone)
 * @param occurredAt when it fell due: the start of {@code dueOn}, not when the deadline was processed
 */
public record RecordReviewDue(
        @TargetAggregateIdentifier ReviewId reviewId,
        LocalDate dueOn,
        Instant occurredAt) {
}
