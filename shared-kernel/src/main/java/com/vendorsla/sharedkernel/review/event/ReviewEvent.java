package com.vendorsla.sharedkernel.review.event;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.review.ReviewId;

import java.time.Instant;

/** Everything that happens to an annual review. */
public sealed interface ReviewEvent permits ReviewDue, ReviewCompleted {

    ReviewId reviewId();

    AgreementId agreementId();

    /** The calendar year reviewed. */
    int year();

    /** Business time: when it happened, as opposed to when it was recorded. */
    Instant occurredAt();
}
