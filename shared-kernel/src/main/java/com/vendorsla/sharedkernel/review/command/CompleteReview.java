package com.vendorsla.sharedkernel.review.command;

import com.vendorsla.sharedkernel.review.ReviewId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;
import java.util.List;

/**
 * Complete the annual review of an agreement's calendar year with what was found and what was decided. A review
 * may be completed before it falls due, once its year has ended.
 *
 * @param revisionOpened the number of the revision (reason ANNUAL_REVIEW) proposed with the completion, if any
 */
public record CompleteReview(
        @TargetAggregateIdentifier ReviewId reviewId,
        List<String> findings,
        List<String> decisions,
        Integer revisionOpened,
        Instant occurredAt,
        @TargetAggregateVersion Long expectedVersion) {

    public CompleteReview {
        findings = findings == null ? null : List.copyOf(findings);
        decisions = decisions == null ? null : List.copyOf(decisions);
    }
}
