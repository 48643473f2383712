package com.vendorsla.command.review;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.event.AgreementActivated;
import com.vendorsla.sharedkernel.agreement.event.AgreementExpired;
import com.vendorsla.sharedkernel.agreement.event.AgreementTerminated;
import com.vendorsla.sharedkernel.agreement.event.RevisionAgreed;
import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;
import com.vendorsla.sharedkernel.review.ReviewId;
import com.vendorsla.sharedkernel.review.command.RecordReviewDue;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Raises each annual review on the agreement's anniversary (domain.md, "Annual review"), keyed on the agreement:
 * from its activation to its termination or expiry, one persistent deadline at a time, at the start of the next
 * anniversary of {@code effectiveFrom} in the coverage time zone.
 * <p>
 * Which year: the review due on an anniversary is that of the calendar year which ended last before it (the one
 * before the anniversary's year), so every calendar year in force gets exactly one review; an agreement in force
 * from 1 January is reviewed on the next 1 January.
 * <p>
 * An agreement entered after its anniversary (a back-filled contract) has its latest review due at once; earlier
 * ones are not raised, as they predate the platform, but may still be completed.
 */
@Saga
@ProcessingGroup(AnnualReviewProcess.NAME)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class AnnualReviewProcess {

    public static final String NAME = "annual-review-process";
    static final String REVIEW_DUE = "annual-review-due";
    private static final String KEY = "agreementId";

    private AgreementId agreementId;
    private LocalDate effectiveFrom;
    /** Where the agreement's days begin; a revision may move it for the anniversaries still to come. */
    private String timeZone;

    @Autowired
    private transient DeadlineManager deadlines;
    @Autowired
    private transient CommandGateway commands;

    @StartSaga
    @SagaEventHandler(associationProperty = KEY)
    void on(AgreementActivated event) {
        agreementId = event.agreementId();
        effectiveFrom = event.effectiveFrom();
        timeZone = zoneOf(event.effectiveTerms(), "UTC");
        LocalDate today = event.occurredAt().atZone(zone()).toLocalDate();
        int anniversary = 1;
        while (!effectiveFrom.plusYears(anniversary + 1L).isAfter(today)) {
            anniversary++;
        }
        schedule(anniversary);
    }

    @SagaEventHandler(associationProperty = KEY)
    void on(RevisionAgreed event) {
        timeZone = zoneOf(event.effectiveTerms(), timeZone);
    }

    @DeadlineHandler(deadlineName = REVIEW_DUE)
    void on(ReviewDueDeadline due) {
        commands.send(new RecordReviewDue(ReviewId.of(agreementId, due.year()), due.anniversaryDate(), due.dueAt()));
        schedule(due.anniversary() + 1);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = KEY)
    void on(AgreementTerminated event) {
        deadlines.cancelAllWithinScope(REVIEW_DUE);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = KEY)
    void on(AgreementExpired event) {
        deadlines.cancelAllWithinScope(REVIEW_DUE);
    }

    /** The n-th anniversary, counted from effectiveFrom so that a 29 February start keeps its day where it exists. */
    private void schedule(int anniversary) {
        LocalDate date = effectiveFrom.plusYears(anniversary);
        Instant dueAt = date.atStartOfDay(zone()).toInstant();
        deadlines.schedule(dueAt, REVIEW_DUE, new ReviewDueDeadline(anniversary, date.getYear() - 1, date, dueAt));
    }

    private ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    private static String zoneOf(AgreementTerms terms, String otherwise) {
        return terms == null || terms.coverage() == null || terms.coverage().timeZone() == null
                ? otherwise : terms.coverage().timeZone();
    }
}
