package com.vendorsla.command.review;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.vendorsla.command.config.ExpectedVersion;
import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.AgreementStatus;
import com.vendorsla.sharedkernel.common.AuditMetadata;
import com.vendorsla.sharedkernel.common.BusinessRuleViolation;
import com.vendorsla.sharedkernel.review.ReviewId;
import com.vendorsla.sharedkernel.review.command.CompleteReview;
import com.vendorsla.sharedkernel.review.command.RecordReviewDue;
import com.vendorsla.sharedkernel.review.event.ReviewCompleted;
import com.vendorsla.sharedkernel.review.event.ReviewDue;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static com.vendorsla.command.review.ReviewRules.*;
import static com.vendorsla.sharedkernel.common.RuleCode.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The annual review of one agreement for one calendar year (domain.md, "Annual review"): it falls due on the
 * agreement's anniversary (raised by {@link AnnualReviewProcess}) and is completed once, with findings and decisions.
 * A review may also be completed before it falls due, once its year has ended; then the agreement is asked whether
 * the year lies in its life.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
@Aggregate(snapshotTriggerDefinition = "snapshotEvery100Events", cache = "aggregateCache")
public class AnnualReview {

    /** Who acts when a review falls due: no user, the platform itself. */
    static final MetaData BY_THE_PLATFORM = MetaData.with(AuditMetadata.ACTOR, "system").and(AuditMetadata.ROLE, "SYSTEM");
    static final int MAX_ITEMS = 50;
    static final int MAX_ITEM_LENGTH = 4000;

    @AggregateIdentifier
    private ReviewId reviewId;
    private AgreementId agreementId;
    private int year;
    private LocalDate dueOn;
    private boolean completed;
    private Instant completedAt;

    protected AnnualReview() {
        // for Axon
    }

    /**
     * If-Match, before any handler: both commands create the review if it is missing, and for those Axon's repository
     * does not compare it ({@link ExpectedVersion}).
     */
    @CommandHandlerInterceptor
    void beforeEachCommand(CommandMessage<?> command) {
        ExpectedVersion.require(command);
    }

    /** Raising it again, or after it was completed, changes nothing: the process may repeat itself after a replay. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordReviewDue command) {
        if (reviewId != null) {
            return;
        }
        ReviewId id = command.reviewId();
        apply(new ReviewDue(id, id.agreementId(), id.year(), command.dueOn(), command.occurredAt()), BY_THE_PLATFORM);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CompleteReview command, ReviewableAgreements agreements) {
        ReviewId id = command.reviewId();
        if (reviewId == null) {
            requireReviewableEarly(id, command.occurredAt(), agreements);
        }
        require(!completed, REVIEW_ALREADY_COMPLETED, "the review of " + year + " was completed on " + completedAt);
        List<String> findings = items(command.findings(), FINDINGS_REQUIRED, "findings");
        List<String> decisions = items(command.decisions(), DECISIONS_REQUIRED, "decisions");
        apply(new ReviewCompleted(id, id.agreementId(), id.year(), dueOn, findings, decisions, command.revisionOpened(),
                command.occurredAt()));
    }

    /** Not due yet: the agreement was signed, the year lies in its life and has ended in its time zone. */
    private static void requireReviewableEarly(ReviewId id, Instant now, ReviewableAgreements agreements) {
        var agreement = agreements.find(id.agreementId()).orElseThrow(() -> new BusinessRuleViolation(AGREEMENT_NOT_FOUND, "no agreement " + id.agreementId()));
        require(agreement.status() != AgreementStatus.DRAFT && agreement.status() != AgreementStatus.NEGOTIATION,
                AGREEMENT_NOT_ACTIVE, "the agreement is " + agreement.status() + ": there is no year in force to review");
        int year = id.year();
        require(year >= agreement.firstDay().getYear()
                        && (agreement.lastDay() == null || year <= agreement.lastDay().getYear()),
                REVIEW_YEAR_OUTSIDE_AGREEMENT, "the agreement is in force from " + agreement.firstDay()
                        + (agreement.lastDay() == null ? "" : " to " + agreement.lastDay()) + ", not in " + year);
        Instant yearEnd = LocalDate.of(year + 1, 1, 1).atStartOfDay(agreement.zone()).toInstant();
        require(!now.isBefore(yearEnd), REVIEW_YEAR_NOT_ENDED,
                year + " ends at " + yearEnd + " (" + agreement.zone() + "): it can be reviewed after that");
    }

    /** At least one non-blank item; each stripped. Blank items are left out. */
    private static List<String> items(List<String> given, ReviewRules code, String what) {
        List<String> items = given == null ? List.of()
                : given.stream().filter(item -> item != null && !item.isBlank()).map(String::strip).toList();
        require(!items.isEmpty(), code, "a completed review records its " + what);
        require(items.size() <= MAX_ITEMS && items.stream().allMatch(item -> item.length() <= MAX_ITEM_LENGTH), code,
                "at most " + MAX_ITEMS + " " + what + " of at most " + MAX_ITEM_LENGTH + " characters each");
        return items;
    }

    @EventSourcingHandler
    void on(ReviewDue event) {
        reviewId = event.reviewId();
        agreementId = event.agreementId();
        year = event.year();
        dueOn = event.dueOn();
    }

    @EventSourcingHandler
    void on(ReviewCompleted event) {
        reviewId = event.reviewId();
        agreementId = event.agreementId();
        year = event.year();
        completed = true;
        completedAt = event.occurredAt();
    }
}
