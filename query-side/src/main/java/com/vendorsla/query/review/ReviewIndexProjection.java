package com.vendorsla.query.review;

import com.vendorsla.sharedkernel.agreement.event.AgreementDrafted;
import com.vendorsla.sharedkernel.common.AuditMetadata;
import com.vendorsla.sharedkernel.performance.event.PeriodClosed;
import com.vendorsla.sharedkernel.review.event.ReviewCompleted;
import com.vendorsla.sharedkernel.review.event.ReviewDue;
import com.vendorsla.sharedkernel.vendor.event.VendorRegistered;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;

/**
 * Keeps the review index in step (see V240): it records where things are, not what they add up to, so the
 * report and the portfolio stay folds of the event store. Every write is an idempotent upsert.
 */
@Component
@ProcessingGroup(ReviewIndexProjection.NAME)
public class ReviewIndexProjection {

    public static final String NAME = "review-index";

    private final ReviewIndex index;

    public ReviewIndexProjection(ReviewIndex index) {
        this.index = index;
    }

    @EventHandler
    void on(AgreementDrafted event) {
        index.agreement(event.agreementId().value(), event.vendorId().value(), event.title());
    }

    @EventHandler
    void on(VendorRegistered event) {
        index.vendor(event.vendorId().value(), event.name());
    }

    @EventHandler
    void on(PeriodClosed event) {
        index.closedPeriod(event.periodId().value(), event.agreementId().value(),
                event.vendorId() == null ? "" : event.vendorId().value(), event.month());
    }

    @EventHandler
    void on(ReviewDue event, @SequenceNumber long sequence) {
        index.due(event.reviewId().value(), event.agreementId().value(), event.year(), event.dueOn(), sequence);
    }

    @EventHandler
    void on(ReviewCompleted event, @SequenceNumber long sequence, @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        index.completed(event.reviewId().value(), event.agreementId().value(), event.year(), event.dueOn(),
                event.occurredAt(), actor, event.revisionOpened(), sequence);
    }

    @ResetHandler
    void reset() {
        index.deleteAll();
    }
}
