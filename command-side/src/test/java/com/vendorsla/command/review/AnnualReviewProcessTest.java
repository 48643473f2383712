package com.vendorsla.command.review;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.RevisionReason;
import com.vendorsla.sharedkernel.agreement.TerminationReason;
import com.vendorsla.sharedkernel.agreement.event.AgreementActivated;
import com.vendorsla.sharedkernel.agreement.event.AgreementExpired;
import com.vendorsla.sharedkernel.agreement.event.AgreementTerminated;
import com.vendorsla.sharedkernel.agreement.event.RevisionAgreed;
import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;
import com.vendorsla.sharedkernel.agreement.terms.Classification;
import com.vendorsla.sharedkernel.agreement.terms.Coverage;
import com.vendorsla.sharedkernel.agreement.terms.CreditPolicy;
import com.vendorsla.sharedkernel.agreement.terms.ServiceLevel;
import com.vendorsla.sharedkernel.agreement.terms.ServiceLevelKind;
import com.vendorsla.sharedkernel.review.ReviewId;
import com.vendorsla.sharedkernel.review.command.RecordReviewDue;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Reviews fall due on each anniversary of effectiveFrom, from activation until the agreement ends. */
class AnnualReviewProcessTest {

    static final AgreementId AGREEMENT = AgreementId.of(UUID.fromString("11111111-2222-4333-8444-555555555555"));

    SagaTestFixture<AnnualReviewProcess> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(AnnualReviewProcess.class);
    }

    static AgreementTerms terms(String timeZone) {
        return new AgreementTerms("EUR", new BigDecimal("1000.00"), Coverage.allHours(timeZone), List.of(
                new ServiceLevel("availability", "availability", ServiceLevelKind.AVAILABILITY, null, null, null,
                        new BigDecimal("99.9"), null, null, Classification.CRITICAL, new BigDecimal("50"))),
                CreditPolicy.pool(new BigDecimal("10"), new BigDecimal("150")), null, null, null);
    }

    static AgreementActivated activated(LocalDate effectiveFrom, String timeZone, Instant at) {
        return new AgreementActivated(AGREEMENT, 1, null, terms(timeZone), terms(timeZone), effectiveFrom, null, at);
    }

    @Test
    void givenNothing_whenActivated_thenTheFirstAnniversaryIsScheduledAtMidnightInTheCoverageTimeZone() {
        Instant activation = Instant.parse("2025-03-01T09:00:00Z");
        Instant firstAnniversary = Instant.parse("2026-03-09T23:00:00Z");   // 2026-03-10 00:00 in Berlin
        fixture.givenCurrentTime(activation);
        fixture.givenNoPriorActivity()
                .whenPublishingA(activated(LocalDate.of(2025, 3, 10), "Europe/Berlin", activation))
                .expectActiveSagas(1)
                .expectScheduledDeadlineWithName(firstAnniversary, AnnualReviewProcess.REVIEW_DUE)
                .expectScheduledDeadline(firstAnniversary,
                        new ReviewDueDeadline(1, 2025, LocalDate.of(2026, 3, 10), firstAnniversary))
                .expectNoDispatchedCommands();
    }

    @Test
    void givenAnActiveAgreement_whenItsAnniversaryComes_thenTheReviewOfTheYearBeforeIsDue_andTheNextOneScheduled() {
        Instant activation = Instant.parse("2025-01-01T09:00:00Z");
        Instant firstAnniversary = Instant.parse("2026-01-01T00:00:00Z");
        fixture.givenCurrentTime(activation);
        fixture.givenAggregate(AGREEMENT.value()).published(activated(LocalDate.of(2025, 1, 1), "UTC", activation))
                .whenTimeAdvancesTo(firstAnniversary)
                .expectTriggeredDeadlinesWithName(AnnualReviewProcess.REVIEW_DUE)
                .expectDispatchedCommands(new RecordReviewDue(ReviewId.of(AGREEMENT, 2025), LocalDate.of(2026, 1, 1),
                        firstAnniversary))
                .expectScheduledDeadline(Instant.parse("2027-01-01T00:00:00Z"),
                        new ReviewDueDeadline(2, 2026, LocalDate.of(2027, 1, 1), Instant.parse("2027-01-01T00:00:00Z")));
    }

    @Test
    void givenAnActiveAgreement_whenTheYearBeforeTheAnniversaryPasses_thenNothingIsDueYet() {
        Instant activation = Instant.parse("2025-01-01T09:00:00Z");
        fixture.givenCurrentTime(activation);
        fixture.givenAggregate(AGREEMENT.value()).published(activated(LocalDate.of(2025, 1, 1), "UTC", activation))
                .whenTimeElapses(Duration.ofDays(364))
                .expectNoDispatchedCommands()
                .expectTriggeredDeadlines()
                .expectScheduledDeadline(Instant.parse("2026-01-01T00:00:00Z"),
                        new ReviewDueDeadline(1, 2025, LocalDate.of(2026, 1, 1), Instant.parse("2026-01-01T00:00:00Z")));
    }

    @Test
    void givenNothing_whenABackFilledAgreementIsActivatedAfterTwoAnniversaries_thenOnlyTheLatestReviewFallsDueAtOnce() {
        Instant activation = Instant.parse("2026-11-22T09:00:00Z");
        Instant secondAnniversary = Instant.parse("2026-10-01T00:00:00Z");   // already past
        fixture.givenCurrentTime(activation);
        fixture.givenAggregate(AGREEMENT.value()).published(activated(LocalDate.of(2024, 10, 1), "UTC", activation))
                .whenTimeElapses(Duration.ofSeconds(1))
                .expectDispatchedCommands(new RecordReviewDue(ReviewId.of(AGREEMENT, 2025), LocalDate.of(2026, 10, 1),
                        secondAnniversary))
                .expectScheduledDeadline(Instant.parse("2027-10-01T00:00:00Z"),
                        new ReviewDueDeadline(3, 2026, LocalDate.of(2027, 10, 1), Instant.parse("2027-10-01T00:00:00Z")));
    }

    @Test
    void givenAStartOn29February_whenTheAnniversaryFallsInACommonYear_thenItIsThe28th_andThe29thAgainInALeapYear() {
        Instant activation = Instant.parse("2024-02-29T09:00:00Z");
        fixture.givenCurrentTime(activation);
        fixture.givenAggregate(AGREEMENT.value()).published(activated(LocalDate.of(2024, 2, 29), "UTC", activation))
                .whenTimeAdvancesTo(Instant.parse("2027-03-01T00:00:00Z"))
                .expectDispatchedCommands(
                        new RecordReviewDue(ReviewId.of(AGREEMENT, 2024), LocalDate.of(2025, 2, 28), Instant.parse("2025-02-28T00:00:00Z")),
                        new RecordReviewDue(ReviewId.of(AGREEMENT, 2025), LocalDate.of(2026, 2, 28), Instant.parse("2026-02-28T00:00:00Z")),
                        new RecordReviewDue(ReviewId.of(AGREEMENT, 2026), LocalDate.of(2027, 2, 28), Instant.parse("2027-02-28T00:00:00Z")))
                .expectScheduledDeadline(Instant.parse("2028-02-29T00:00:00Z"),
                        new ReviewDueDeadline(4, 2027, LocalDate.of(2028, 2, 29), Instant.parse("2028-02-29T00:00:00Z")));
    }

    @Test
    void givenARevisionMovedTheTimeZone_whenTheNextAnniversaryIsScheduled_thenItBeginsInTheNewZone() {
        Instant activation = Instant.parse("2025-01-01T09:00:00Z");
        fixture.givenCurrentTime(activation);
        fixture.givenAggregate(AGREEMENT.value()).published(activated(LocalDate.of(2025, 1, 1), "UTC", activation),
                        new RevisionAgreed(AGREEMENT, 1, 2, RevisionReason.OTHER, terms("Asia/Tokyo"), terms("Asia/Tokyo"),
                                LocalDate.of(2025, 6, 1), Instant.parse("2025-05-01T09:00:00Z")))
                .whenTimeAdvancesTo(Instant.parse("2026-01-01T00:00:00Z"))
                .expectDispatchedCommands(new RecordReviewDue(ReviewId.of(AGREEMENT, 2025), LocalDate.of(2026, 1, 1),
                        Instant.parse("2026-01-01T00:00:00Z")))
                .expectScheduledDeadline(Instant.parse("2026-12-31T15:00:00Z"),   // 2027-01-01 00:00 in Tokyo
                        new ReviewDueDeadline(2, 2026, LocalDate.of(2027, 1, 1), Instant.parse("2026-12-31T15:00:00Z")));
    }

    @Test
    void givenAnActiveAgreement_whenTerminated_thenTheProcessEndsAndNoReviewFallsDue() {
        Instant activation = Instant.parse("2025-01-01T09:00:00Z");
        fixture.givenCurrentTime(activation);
        fixture.givenAggregate(AGREEMENT.value()).published(activated(LocalDate.of(2025, 1, 1), "UTC", activation))
                .whenPublishingA(new AgreementTerminated(AGREEMENT, TerminationReason.CONVENIENCE, null,
                        LocalDate.of(2025, 7, 1), Instant.parse("2025-06-01T09:00:00Z")))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    void givenAnActiveAgreement_whenItExpires_thenTheProcessEndsAndNoReviewFallsDue() {
        Instant activation = Instant.parse("2025-01-01T09:00:00Z");
        fixture.givenCurrentTime(activation);
        fixture.givenAggregate(AGREEMENT.value()).published(activated(LocalDate.of(2025, 1, 1), "UTC", activation))
                .whenPublishingA(new AgreementExpired(AGREEMENT, LocalDate.of(2025, 12, 30),
                        Instant.parse("2025-12-31T00:00:00Z")))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }
}
