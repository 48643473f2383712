package com.vendorsla.sharedkernel.review.event;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.review.ReviewId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The annual review of calendar year {@code year} was completed: what was found and what was decided. Who completed
 * it is in the event's metadata (actor, role), like every act. {@code dueOn} is null when it was completed before it
 * fell due; {@code revisionOpened} names the revision (reason ANNUAL_REVIEW) proposed with it, if any.
 */
@Revision("1")
public record ReviewCompleted(
        ReviewId reviewId,
        AgreementId agreementId,
        int year,
        LocalDate dueOn,
        List<String> findings,
        List<String> decisions,
        Integer revisionOpened,
        Instant occurredAt) implements ReviewEvent {

    public ReviewCompleted {
        findings = findings == null ? null : List.copyOf(findings);
        decisions = decisions == null ? null : List.copyOf(decisions);
    }
}
