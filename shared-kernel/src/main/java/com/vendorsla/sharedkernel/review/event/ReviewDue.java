package com.vendorsla.sharedkernel.review.event;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.review.ReviewId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The agreement reached its anniversary {@code dueOn}: the review of calendar year {@code year} (the last one
 * that ended before the anniversary) is due. {@code occurredAt} is the start of that day.
 */
@Revision("1")
public record ReviewDue(
        ReviewId reviewId,
        AgreementId agreementId,
        int year,
        LocalDate dueOn,
        Instant occurredAt) implements ReviewEvent {
}
