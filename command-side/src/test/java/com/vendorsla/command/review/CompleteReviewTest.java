package com.vendorsla.command.review;

import com.vendorsla.command.support.Refusals;
import com.vendorsla.sharedkernel.agreement.AgreementStatus;
import com.vendorsla.sharedkernel.review.ReviewId;
import com.vendorsla.sharedkernel.review.command.CompleteReview;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Completing a review: once, with findings and decisions; before it is due only once its year has ended. */
class CompleteReviewTest extends ReviewFixtures {

    static CompleteReview complete(Instant at) {
        return new CompleteReview(REVIEW_2025, FINDINGS, DECISIONS, null, at, null);
    }

    @Test
    void givenTheReviewIsDue_whenCompleted_thenFindingsDecisionsAndTheRevisionOpenedAreRecorded() {
        fixture.given(due())
                .when(new CompleteReview(REVIEW_2025, FINDINGS, DECISIONS, 2, AFTER_DUE, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(completed(ANNIVERSARY, 2, AFTER_DUE));
    }

    @Test
    void givenTheReviewIsDue_whenCompletedWithBlankItems_thenTheyAreLeftOutAndTheRestStripped() {
        fixture.given(due())
                .when(new CompleteReview(REVIEW_2025, List.of("  availability breached three times ", " ",
                        "fcr met with margin all year"), List.of("raise the fcr target to 75\n"), null, AFTER_DUE, null))
                .expectEvents(completed(ANNIVERSARY, null, AFTER_DUE));
    }

    @Test
    void givenNothingYet_whenCompletedAfterTheYearEnded_thenItIsCompletedBeforeFallingDue() {
        Instant newYearInBerlin = Instant.parse("2025-12-31T23:00:00Z");
        fixture.givenNoPriorActivity()
                .when(complete(newYearInBerlin))
                .expectEvents(completed(null, null, newYearInBerlin));
    }

    @Test
    void givenNothingYet_whenCompletedBeforeTheYearEndedInTheAgreementsTimeZone_thenYearNotEnded() {
        // 23:59:59 UTC on 31 December 2025 is already 2026 in Berlin, 22:59:59 UTC is not
        assertThat(codeOf(fixture.givenNoPriorActivity(), complete(Instant.parse("2025-12-31T22:59:59Z"))))
                .isEqualTo("REVIEW_YEAR_NOT_ENDED");
    }

    /** The review is created if missing, and then Axon does not compare If-Match: the review does. */
    @Test
    void givenTheReviewIsDue_whenCompletedWithAStaleIfMatch_thenAVersionConflictAndNothingRecorded() {
        for (long ifMatch : new long[]{1, 999}) {
            ConflictingAggregateVersionException conflict = Refusals.versionConflictOf(newFixture().given(due()),
                    new CompleteReview(REVIEW_2025, FINDINGS, DECISIONS, null, AFTER_DUE, ifMatch), Map.of());
            assertThat(conflict.getActualVersion()).isZero();
        }
        newFixture().given(due())
                .when(new CompleteReview(REVIEW_2025, FINDINGS, DECISIONS, null, AFTER_DUE, 0L))
                .expectEvents(completed(ANNIVERSARY, null, AFTER_DUE));
    }

    @Test
    void givenTheReviewWasCompleted_whenCompletedAgain_thenAlreadyCompleted() {
        assertThat(codeOf(fixture.given(due(), completed(ANNIVERSARY, null, AFTER_DUE)), complete(AFTER_DUE.plusSeconds(60))))
                .isEqualTo("REVIEW_ALREADY_COMPLETED");
    }

    @Test
    void givenTheReviewIsDue_whenCompletedWithoutFindings_thenFindingsRequired() {
        assertThat(codeOf(fixture.given(due()), new CompleteReview(REVIEW_2025, List.of(" "), DECISIONS, null,
                AFTER_DUE, null))).isEqualTo("FINDINGS_REQUIRED");
        assertThat(codeOf(fixture.given(due()), new CompleteReview(REVIEW_2025, null, DECISIONS, null,
                AFTER_DUE, null))).isEqualTo("FINDINGS_REQUIRED");
    }

    @Test
    void givenTheReviewIsDue_whenCompletedWithoutDecisions_thenDecisionsRequired() {
        assertThat(codeOf(fixture.given(due()), new CompleteReview(REVIEW_2025, FINDINGS, List.of(), null,
                AFTER_DUE, null))).isEqualTo("DECISIONS_REQUIRED");
    }

    @Test
    void givenTheReviewIsDue_whenCompletedWithTooManyDecisions_thenDecisionsRequired() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i <= AnnualReview.MAX_ITEMS; i++) {
            many.add("decision " + i);
        }
        assertThat(codeOf(fixture.given(due()), new CompleteReview(REVIEW_2025, FINDINGS, many, null, AFTER_DUE, null)))
                .isEqualTo("DECISIONS_REQUIRED");
    }

    @Test
    void givenNothingYet_whenTheAgreementIsUnknown_thenAgreementNotFound() {
        ReviewId unknown = ReviewId.of(com.vendorsla.sharedkernel.agreement.AgreementId.of(
                java.util.UUID.fromString("99999999-2222-4333-8444-555555555555")), 2025);
        assertThat(codeOf(fixture.givenNoPriorActivity(), new CompleteReview(unknown, FINDINGS, DECISIONS, null,
                AFTER_DUE, null))).isEqualTo("AGREEMENT_NOT_FOUND");
    }

    @Test
    void givenNothingYet_whenTheAgreementWasNeverSigned_thenAgreementNotActive() {
        agreements.status = AgreementStatus.NEGOTIATION;
        assertThat(codeOf(fixture.givenNoPriorActivity(), complete(AFTER_DUE))).isEqualTo("AGREEMENT_NOT_ACTIVE");
    }

    @Test
    void givenNothingYet_whenTheYearIsBeforeTheAgreementTookEffect_thenOutsideTheAgreement() {
        agreements.firstDay = LocalDate.of(2026, 1, 1);
        assertThat(codeOf(fixture.givenNoPriorActivity(), complete(AFTER_DUE))).isEqualTo("REVIEW_YEAR_OUTSIDE_AGREEMENT");
    }

    @Test
    void givenNothingYet_whenTheYearIsAfterTheAgreementEnded_thenOutsideTheAgreement() {
        agreements.status = AgreementStatus.TERMINATED;
        agreements.firstDay = LocalDate.of(2023, 1, 1);
        agreements.lastDay = LocalDate.of(2024, 6, 30);
        assertThat(codeOf(fixture.givenNoPriorActivity(), complete(AFTER_DUE))).isEqualTo("REVIEW_YEAR_OUTSIDE_AGREEMENT");
    }

    @Test
    void givenNothingYet_whenTheAgreementEndedInTheYear_thenItsLastYearMayBeReviewed() {
        agreements.status = AgreementStatus.EXPIRED;
        agreements.lastDay = LocalDate.of(2025, 9, 30);
        fixture.givenNoPriorActivity()
                .when(complete(AFTER_DUE))
                .expectEvents(completed(null, null, AFTER_DUE));
    }
}
