package com.vendorsla.command.review;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.AgreementStatus;
import com.vendorsla.sharedkernel.review.ReviewId;
import com.vendorsla.sharedkernel.review.event.ReviewCompleted;
import com.vendorsla.sharedkernel.review.event.ReviewDue;
import org.axonframework.test.aggregate.AggregateTestFixture;
import com.vendorsla.command.support.Refusals;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The shared fixture of the review's behaviour tests: an agreement in force from 2025-03-10 (coverage in
 * Europe/Berlin), whose review of 2025 falls due on its first anniversary, 2026-03-10.
 */
abstract class ReviewFixtures {

    static final AgreementId AGREEMENT = AgreementId.of(UUID.fromString("11111111-2222-4333-8444-555555555555"));
    static final ReviewId REVIEW_2025 = ReviewId.of(AGREEMENT, 2025);
    static final LocalDate ANNIVERSARY = LocalDate.of(2026, 3, 10);
    static final Instant DUE_AT = Instant.parse("2026-03-09T23:00:00Z");           // midnight in Berlin
    static final Instant AFTER_DUE = Instant.parse("2026-03-20T10:00:00Z");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final List<String> FINDINGS = List.of("availability breached three times", "fcr met with margin all year");
    static final List<String> DECISIONS = List.of("raise the fcr target to 75");

    protected AggregateTestFixture<AnnualReview> fixture;
    protected FixedAgreements agreements;

    @BeforeEach
    void createFixture() {
        agreements = new FixedAgreements(AgreementStatus.ACTIVE, LocalDate.of(2025, 3, 10), null);
        fixture = newFixture();
    }

    /** Another fixture on the same agreement, for a test that runs more than one scenario. */
    protected AggregateTestFixture<AnnualReview> newFixture() {
        AggregateTestFixture<AnnualReview> created = new AggregateTestFixture<>(AnnualReview.class);
        created.registerInjectableResource(agreements);
        return created;
    }

    static ReviewDue due() {
        return new ReviewDue(REVIEW_2025, AGREEMENT, 2025, ANNIVERSARY, DUE_AT);
    }

    static ReviewCompleted completed(LocalDate dueOn, Integer revision, Instant at) {
        return new ReviewCompleted(REVIEW_2025, AGREEMENT, 2025, dueOn, FINDINGS, DECISIONS, revision, at);
    }

    /** See {@link Refusals#codeOf}: asserts no events and a broken rule, returns its code. */
    static String codeOf(TestExecutor<AnnualReview> given, Object command) {
        return Refusals.codeOf(given, command);
    }

    /** A fixed answer for the agreement (the production one loads the Agreement aggregate). */
    static final class FixedAgreements implements ReviewableAgreements {
        AgreementStatus status;
        LocalDate firstDay;
        LocalDate lastDay;

        FixedAgreements(AgreementStatus status, LocalDate firstDay, LocalDate lastDay) {
            this.status = status;
            this.firstDay = firstDay;
            this.lastDay = lastDay;
        }

        @Override
        public Optional<ReviewableAgreement> find(AgreementId agreementId) {
            return Optional.of(new ReviewableAgreement(status, firstDay, lastDay, BERLIN))
                    .filter(a -> agreementId.equals(AGREEMENT));
        }
    }
}
