package com.vendorsla.query.review;

import com.vendorsla.sharedkernel.agreement.AgreementStatus;
import com.vendorsla.sharedkernel.agreement.RevisionReason;
import com.vendorsla.sharedkernel.agreement.RevisionStatus;
import com.vendorsla.sharedkernel.agreement.TerminationRightCause;
import com.vendorsla.sharedkernel.agreement.TerminationRightStatus;
import com.vendorsla.sharedkernel.agreement.event.AgreementEvent;
import com.vendorsla.sharedkernel.agreement.event.RevisionAgreed;
import com.vendorsla.sharedkernel.agreement.event.RevisionProposed;
import com.vendorsla.sharedkernel.agreement.event.RevisionRejected;
import com.vendorsla.sharedkernel.agreement.event.TerminationRightGranted;
import com.vendorsla.sharedkernel.agreement.event.TerminationRightLapsed;
import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;
import com.vendorsla.sharedkernel.common.Party;
import com.vendorsla.sharedkernel.performance.CreditId;
import com.vendorsla.sharedkernel.performance.CreditLineType;
import com.vendorsla.sharedkernel.performance.DisputeOutcome;
import com.vendorsla.sharedkernel.performance.PeriodStatus;
import com.vendorsla.sharedkernel.performance.event.CreditClawedBack;
import com.vendorsla.sharedkernel.performance.event.CreditDisputeResolved;
import com.vendorsla.sharedkernel.performance.event.CreditDisputed;
import com.vendorsla.sharedkernel.performance.event.EarnBackLapsed;
import com.vendorsla.sharedkernel.performance.event.PerformancePeriodEvent;
import com.vendorsla.sharedkernel.performance.event.PeriodReevaluated;
import com.vendorsla.sharedkernel.review.ReviewId;
import com.vendorsla.sharedkernel.review.ReviewStatus;
import com.vendorsla.sharedkernel.review.event.ReviewCompleted;
import com.vendorsla.sharedkernel.review.event.ReviewDue;
import com.vendorsla.sharedkernel.review.query.AnnualReviewReport.CandidateReason;
import com.vendorsla.sharedkernel.review.query.AnnualReviewReport.MonthValue;
import com.vendorsla.sharedkernel.review.query.AnnualReviewReport.RevisionCandidate;
import com.vendorsla.sharedkernel.review.query.AnnualReviewReport.ServiceLevelYear;
import com.vendorsla.sharedkernel.review.query.AgreementYearSummary;
import com.vendorsla.sharedkernel.review.query.AnnualReviewReport;
import com.vendorsla.sharedkernel.review.query.AcquisitionNote;
import com.vendorsla.sharedkernel.review.query.ReviewCriteria;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static com.vendorsla.query.review.YearHistory.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review report of a seeded 2025, every figure computed by hand in the comments.
 * <p>
 * The year: version 1 (fcr target 70) from 2025-01-01, version 2 (fcr target 72) from April. Availability downtime in
 * minutes Jan 10, Feb 60, Apr 30, Jun 600, Jul 50, Nov 100 (corrected to 0 after close), otherwise none. Urgent
 * response: Jan 1 of 1 incidents in time, Sep 1 of 2, no incidents otherwise. fcr 78 in Jan–Mar, 80 from April;
 * mttr 200 every month.
 */
class AnnualReviewFoldTest {

    static final int YEAR = 2025;
    static final AgreementTerms V1 = terms("70");
    static final AgreementTerms V2 = terms("72");
    static final YearMonth FEB = YearMonth.of(YEAR, 2);
    static final YearMonth JUN = YearMonth.of(YEAR, 6);
    static final YearMonth JUL = YearMonth.of(YEAR, 7);
    static final YearMonth SEP = YearMonth.of(YEAR, 9);
    static final YearMonth NOV = YearMonth.of(YEAR, 11);
    static final long[] DOWN_MINUTES = {10, 60, 0, 30, 0, 600, 50, 0, 0, 0, 100, 0};

    static List<AgreementEvent> agreementEvents() {
        List<AgreementEvent> events = new ArrayList<>(draftedAndActivated(LocalDate.of(YEAR, 1, 1), V1));
        events.add(new RevisionProposed(AGREEMENT, 1, Party.CUSTOMER, RevisionReason.PERFORMANCE, V2, V2,
                LocalDate.of(YEAR, 4, 1), "first-contact resolution is better than agreed", at("2025-03-10T10:00:00Z")));
        events.add(new RevisionAgreed(AGREEMENT, 1, 2, RevisionReason.PERFORMANCE, V2, V2, LocalDate.of(YEAR, 4, 1),
                at("2025-03-20T10:00:00Z")));
        events.add(new TerminationRightGranted(AGREEMENT, "tr-cf-jun", "availability",
                TerminationRightCause.CRITICAL_FAILURE, List.of(JUN), LocalDate.of(YEAR, 7, 2),
                LocalDate.of(YEAR, 8, 31), at("2025-07-02T09:00:00Z")));
        events.add(new TerminationRightGranted(AGREEMENT, "tr-breaches-jul", "availability",
                TerminationRightCause.BREACHES, List.of(JUN, JUL), LocalDate.of(YEAR, 8, 2),
                LocalDate.of(YEAR, 10, 1), at("2025-08-02T09:00:00Z")));
        events.add(new TerminationRightLapsed(AGREEMENT, "tr-cf-jun", LocalDate.of(YEAR, 8, 31),
                at("2025-09-01T00:00:00Z")));
        // a revision of the next year: not in this report
        events.add(new RevisionProposed(AGREEMENT, 2, Party.VENDOR, RevisionReason.OTHER, V1, V1,
                LocalDate.of(2026, 2, 1), "back to 70", at("2026-01-15T10:00:00Z")));
        events.add(new RevisionRejected(AGREEMENT, 2, Party.CUSTOMER, "no", at("2026-01-20T10:00:00Z")));
        return events;
    }

    static List<PerformancePeriodEvent> periodEvents() {
        List<PerformancePeriodEvent> events = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(YEAR, m);
            int version = m < 4 ? 1 : 2;
            String fcrTarget = m < 4 ? "70" : "72";
            events.add(opened(month, version, version == 1 ? V1 : V2));
            var results = List.of(availability(month, DOWN_MINUTES[m - 1]),
                    m == 1 ? urgentResponse(1, 1) : m == 9 ? urgentResponse(1, 2) : urgentResponse(0, 0),
                    fcr(m < 4 ? "78" : "80", fcrTarget), mttr("200"));
            var credits = switch (m) {
                case 2, 6, 7, 11 -> List.of(assessed(credit(month, 1), "availability", "50", "5000.00", version));
                case 9 -> List.of(assessed(credit(month, 1), "urgent-response", "40", "4000.00", version));
                default -> List.<com.vendorsla.sharedkernel.performance.CreditLine>of();
            };
            events.add(closed(month, version, results, credits));
            switch (m) {
                case 2 -> {   // disputed and upheld right away; earned back after May
                    events.add(new CreditDisputed(period(FEB), AGREEMENT, credit(FEB, 1), "availability",
                            "our monitoring saw no outage", closedAt(FEB).plusSeconds(3600)));
                    events.add(new CreditDisputeResolved(period(FEB), AGREEMENT, credit(FEB, 1), "availability",
                            DisputeOutcome.UPHELD, dec("5000.00"), dec("5000.00"), null, closedAt(FEB).plusSeconds(7200)));
                }
                case 6 -> {   // disputed, reduced to 3000.00; its earn-back lapses with July's breach
                    events.add(new CreditDisputed(period(JUN), AGREEMENT, credit(JUN, 1), "availability",
                            "partly planned", closedAt(JUN).plusSeconds(3600)));
                    events.add(new CreditDisputeResolved(period(JUN), AGREEMENT, credit(JUN, 1), "availability",
                            DisputeOutcome.REDUCED, dec("5000.00"), dec("3000.00"),
                            line(credit(JUN, 1), "availability", CreditLineType.DISPUTE_RESOLUTION, "-2000.00"),
                            closedAt(JUN).plusSeconds(7200)));
                }
                case 11 -> {  // the 100 minutes were the customer's: corrected after close, the credit adjusted away
                    events.add(new PeriodReevaluated(period(NOV), AGREEMENT, VENDOR, NOV, 2, "cor-1",
                            List.of(availability(NOV, 0), urgentResponse(0, 0), fcr("80", "72"), mttr("200")),
                            List.of(line(credit(NOV, 1), "availability", CreditLineType.ADJUSTMENT, "-5000.00")),
                            dec("0.00"), dec("0.00"), closedAt(NOV).plusSeconds(86400)));
                }
                default -> {
                }
            }
        }
        // earn-back decisions recorded on the credits' own periods, later in the year (or the next)
        events.add(new CreditClawedBack(period(FEB), AGREEMENT, credit(FEB, 1), "availability",
                List.of(FEB.plusMonths(1), FEB.plusMonths(2), FEB.plusMonths(3)),
                line(credit(FEB, 1), "availability", CreditLineType.CLAWED_BACK, "-5000.00"), closedAt(FEB.plusMonths(3))));
        events.add(new EarnBackLapsed(period(JUN), AGREEMENT, credit(JUN, 1), "availability", JUL, closedAt(JUL)));
        events.add(new CreditClawedBack(period(JUL), AGREEMENT, credit(JUL, 1), "availability",
                List.of(JUL.plusMonths(1), JUL.plusMonths(2), JUL.plusMonths(3)),
                line(credit(JUL, 1), "availability", CreditLineType.CLAWED_BACK, "-5000.00"), closedAt(JUL.plusMonths(3))));
        events.add(new CreditClawedBack(period(SEP), AGREEMENT, credit(SEP, 1), "urgent-response",
                List.of(SEP.plusMonths(1), SEP.plusMonths(2), SEP.plusMonths(3)),
                line(credit(SEP, 1), "urgent-response", CreditLineType.CLAWED_BACK, "-4000.00"), closedAt(SEP.plusMonths(3))));
        // a period of the next year, with a credit: not in this report
        YearMonth jan2026 = YearMonth.of(2026, 1);
        events.add(opened(jan2026, 2, V2));
        events.add(closed(jan2026, 2, List.of(availability(jan2026, 60)),
                List.of(assessed(credit(jan2026, 1), "availability", "50", "5000.00", 2))));
        return events;
    }

    static List<AcquisitionNote> acquisitions() {
        return List.of(new AcquisitionNote(VENDOR.value(), "vnd-00000000-0000-4000-8000-000000000001",
                        LocalDate.of(YEAR, 9, 1), "ACQ-1"),
                new AcquisitionNote(VENDOR.value(), "vnd-00000000-0000-4000-8000-000000000002",
                        LocalDate.of(2024, 5, 1), "earlier"));
    }

    static AnnualReviewReport report(List<RecordedReviewEvent> review, LocalDate today) {
        return AnnualReviewFold.report(YEAR, agreementEvents(), periodEvents(), acquisitions(), review,
                ReviewCriteria.DEFAULT, today);
    }

    static AnnualReviewReport report() {
        return report(List.of(), LocalDate.of(2026, 1, 10));
    }

    static ServiceLevelYear level(AnnualReviewReport report, String id) {
        return report.serviceLevels().stream().filter(l -> l.serviceLevelId().equals(id)).findFirst().orElseThrow();
    }

    static List<String> measured(ServiceLevelYear level) {
        return level.months().stream().map(m -> m.measured() == null ? null : m.measured().toPlainString()).toList();
    }

    @Nested
    class ServiceLevels {

        @Test
        void availability_monthlyValuesAreThreeDecimalsOfTheExactFraction_andTheCorrectedNovemberCounts() {
            ServiceLevelYear availability = level(report(), "availability");
            // Jan: 1 − 600 s / 2,678,400 s = 99.97760 %; Feb: 1 − 3,600 / 2,419,200 = 99.85119 %;
            // Apr: 1 − 1,800 / 2,592,000 = 99.93056 %; Jun: 1 − 36,000 / 2,592,000 = 98.61111 %;
            // Jul: 1 − 3,000 / 2,678,400 = 99.88799 %; Nov: re-evaluated to no downtime
            assertThat(measured(availability)).containsExactly("99.978", "99.851", "100.000", "99.931", "100.000",
                    "98.611", "99.888", "100.000", "100.000", "100.000", "100.000", "100.000");
            assertThat(availability.months()).extracting(MonthValue::met).containsExactly(
                    true, false, true, true, true, false, false, true, true, true, true, true);
            assertThat(availability.monthsMeasured()).isEqualTo(12);
            assertThat(availability.met()).isEqualTo(9);
            assertThat(availability.breached()).isEqualTo(3);
            assertThat(availability.criticalFailures()).isEqualTo(1);      // June, below 99.0
            assertThat(availability.internalTargetMisses()).isEqualTo(1);  // April: met 99.9, short of 99.95
            assertThat(availability.attainmentPercent()).isEqualByComparingTo("75.000");
            assertThat(availability.attainment()).isEqualTo("9/12");
            assertThat(availability.marginThreshold()).isEqualByComparingTo("99.95");   // 100 − 0.1 × 0.5
            assertThat(availability.months()).extracting(MonthValue::withMargin).containsExactly(
                    true, false, true, false, true, false, false, true, true, true, true, true);
            assertThat(availability.metWithMarginAllYear()).isFalse();
            assertThat(availability.missedRepeatedly()).isTrue();
            assertThat(availability.name()).isEqualTo("Platform availability");
        }

        @Test
        void urgentResponse_monthsWithoutIncidentsAreMetWithNothingMeasured() {
            ServiceLevelYear response = level(report(), "urgent-response");
            assertThat(measured(response)).containsExactly("100.000", null, null, null, null, null, null, null,
                    "50.000", null, null, null);
            assertThat(response.met()).isEqualTo(11);
            assertThat(response.breached()).isEqualTo(1);
            assertThat(response.attainmentPercent()).isEqualByComparingTo("91.667");   // 11 / 12
            assertThat(response.metWithMarginAllYear()).isFalse();
            assertThat(response.missedRepeatedly()).isFalse();
        }

        @Test
        void fcr_isMetWithMarginAgainstEachMonthsOwnTarget() {
            ServiceLevelYear fcr = level(report(), "fcr");
            // Jan–Mar 78 against 70 × 1.1 = 77; from April 80 against 72 × 1.1 = 79.2
            assertThat(fcr.months()).extracting(MonthValue::target).extracting(BigDecimal::toPlainString)
                    .containsExactly("70", "70", "70", "72", "72", "72", "72", "72", "72", "72", "72", "72");
            assertThat(fcr.months()).extracting(MonthValue::withMargin).containsOnly(true);
            assertThat(fcr.target()).isEqualByComparingTo("72");
            assertThat(fcr.marginThreshold()).isEqualByComparingTo("79.2");
            assertThat(fcr.metWithMarginAllYear()).isTrue();
        }

        @Test
        void mttr_lowerIsBetter_isMetWithMarginAtOrBelowNinetyPercentOfItsTarget() {
            ServiceLevelYear mttr = level(report(), "mttr");
            assertThat(mttr.marginThreshold()).isEqualByComparingTo("216");   // 240 × 0.9
            assertThat(mttr.metWithMarginAllYear()).isTrue();
        }

        @Test
        void agreementAttainmentCountsEveryServiceLevelMonth() {
            AnnualReviewReport report = report();
            // availability 9 + response 11 + fcr 12 + mttr 12 = 44 met of 4 × 12 = 48
            assertThat(report.serviceLevelMonths()).isEqualTo(48);
            assertThat(report.met()).isEqualTo(44);
            assertThat(report.breached()).isEqualTo(4);
            assertThat(report.attainmentPercent()).isEqualByComparingTo("91.667");
            assertThat(report.attainment()).isEqualTo("44/48");
            assertThat(report.monthsClosed()).isEqualTo(12);
            assertThat(report.termsVersions()).containsExactly(1, 2);
            assertThat(report.serviceLevels()).extracting(ServiceLevelYear::serviceLevelId)
                    .containsExactly("availability", "urgent-response", "fcr", "mttr");
        }

        @Test
        void candidates_metWithMarginAllYear_andMissedRepeatedly() {
            assertThat(report().candidates()).extracting(RevisionCandidate::serviceLevelId, RevisionCandidate::reason)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("availability", CandidateReason.MISSED_REPEATEDLY),
                            org.assertj.core.groups.Tuple.tuple("fcr", CandidateReason.MET_WITH_MARGIN_ALL_YEAR),
                            org.assertj.core.groups.Tuple.tuple("mttr", CandidateReason.MET_WITH_MARGIN_ALL_YEAR));
            assertThat(report().candidates().get(0).explanation())
                    .isEqualTo("breached in 3 of 12 months measured (2025-02, 2025-06, 2025-07); 3 or more is repeated");
            assertThat(report().candidates().get(2).explanation()).contains("at most 216 against target 240");
        }
    }

    @Nested
    class Credits {

        @Test
        void theLedgerOfTheYearsPeriods_whateverYearItsLaterLinesWereAddedIn() {
            var credits = report().credits();
            // assessed: Feb, Jun, Jul, Nov availability 4 × 5,000.00 + Sep urgent response 4,000.00 = 24,000.00
            assertThat(credits.assessed()).isEqualByComparingTo("24000.00");
            assertThat(credits.adjustments()).isEqualByComparingTo("-5000.00");         // November corrected
            assertThat(credits.disputeResolutions()).isEqualByComparingTo("-2000.00");  // June reduced to 3,000.00
            assertThat(credits.clawedBack()).isEqualByComparingTo("-14000.00");         // Feb, Jul, Sep earned back
            assertThat(credits.net()).isEqualByComparingTo("3000.00");                  // June's reduced credit
            assertThat(credits.atRiskAmount()).isEqualByComparingTo("120000.00");      // 12 × 10,000.00
            assertThat(credits.atRiskUsedPercent()).isEqualByComparingTo("2.500");     // 3,000 / 120,000
            assertThat(credits.atRiskUsed()).isEqualTo("3000.00 / 120000.00");
            assertThat(credits.earnBacksLapsed()).isEqualTo(1);
            assertThat(credits.currency()).isEqualTo("EUR");
        }

        @Test
        void disputesCountTheCreditsAtWhatTheyWereWorthWhenDisputed() {
            var disputed = report().credits().disputed();
            assertThat(disputed.count()).isEqualTo(2);
            assertThat(disputed.amount()).isEqualByComparingTo("10000.00");
            assertThat(disputed.upheld()).isEqualTo(1);
            assertThat(disputed.reduced()).isEqualTo(1);
            assertThat(disputed.withdrawn()).isZero();
            assertThat(disputed.open()).isZero();
        }

        @Test
        void perServiceLevel() {
            var availability = level(report(), "availability").credits();
            assertThat(availability.assessed()).isEqualByComparingTo("20000.00");
            assertThat(availability.adjustments()).isEqualByComparingTo("-5000.00");
            assertThat(availability.disputeResolutions()).isEqualByComparingTo("-2000.00");
            assertThat(availability.clawedBack()).isEqualByComparingTo("-10000.00");
            assertThat(availability.net()).isEqualByComparingTo("3000.00");
            var response = level(report(), "urgent-response").credits();
            assertThat(response.assessed()).isEqualByComparingTo("4000.00");
            assertThat(response.net()).isEqualByComparingTo("0.00");
            assertThat(level(report(), "fcr").credits().net()).isEqualByComparingTo("0.00");
        }

        @Test
        void theSummaryCarriesWhatThePortfolioRanksBy() {
            AgreementYearSummary summary = report().summary();
            assertThat(summary.serviceLevelMonths()).isEqualTo(48);
            assertThat(summary.met()).isEqualTo(44);
            assertThat(summary.criticalFailures()).isEqualTo(1);
            assertThat(summary.net()).isEqualByComparingTo("3000.00");
            assertThat(summary.atRiskAmount()).isEqualByComparingTo("120000.00");
            assertThat(summary.vendorId()).isEqualTo(VENDOR.value());
        }
    }

    @Nested
    class TheYearsActs {

        @Test
        void revisionsProposedDecidedOrTakingEffectInTheYear_withWhatTheyChange() {
            var revisions = report().revisions();
            assertThat(revisions).hasSize(1);
            var revision = revisions.get(0);
            assertThat(revision.revision()).isEqualTo(1);
            assertThat(revision.reason()).isEqualTo(RevisionReason.PERFORMANCE);
            assertThat(revision.status()).isEqualTo(RevisionStatus.AGREED);
            assertThat(revision.proposedOn()).isEqualTo(LocalDate.of(YEAR, 3, 10));
            assertThat(revision.decidedOn()).isEqualTo(LocalDate.of(YEAR, 3, 20));
            assertThat(revision.termsVersion()).isEqualTo(2);
            assertThat(revision.changes()).containsExactly("serviceLevels[fcr].target");
        }

        @Test
        void terminationRightsGrantedForTheYearsPeriods_asTheyStandNow() {
            var rights = report().terminationRights();
            assertThat(rights).extracting(r -> r.rightId(), r -> r.cause(), r -> r.status()).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("tr-cf-jun", TerminationRightCause.CRITICAL_FAILURE, TerminationRightStatus.LAPSED),
                    org.assertj.core.groups.Tuple.tuple("tr-breaches-jul", TerminationRightCause.BREACHES, TerminationRightStatus.OPEN));
            assertThat(rights.get(1).periods()).containsExactly(JUN, JUL);
        }

        @Test
        void acquisitionsEffectiveInTheYear() {
            assertThat(report().acquisitions()).extracting(AcquisitionNote::reference).containsExactly("ACQ-1");
        }

        @Test
        void agreementFacts() {
            AnnualReviewReport report = report();
            assertThat(report.agreementId()).isEqualTo(AGREEMENT.value());
            assertThat(report.title()).isEqualTo("Core hosting");
            assertThat(report.status()).isEqualTo(AgreementStatus.ACTIVE);
            assertThat(report.effectiveFrom()).isEqualTo(LocalDate.of(YEAR, 1, 1));
            assertThat(report.criteria()).isEqualTo(ReviewCriteria.DEFAULT);
        }
    }

    @Nested
    class TheReview {

        final ReviewId reviewId = ReviewId.of(AGREEMENT, YEAR);
        final RecordedReviewEvent due = new RecordedReviewEvent(new ReviewDue(reviewId, AGREEMENT, YEAR,
                LocalDate.of(2026, 1, 1), at("2026-01-01T00:00:00Z")), "system", "SYSTEM");

        @Test
        void notDueBeforeTheAnniversary() {
            var review = report().review();
            assertThat(review.status()).isEqualTo(ReviewStatus.NOT_DUE);
            assertThat(review.reviewId()).isEqualTo(reviewId.value());
        }

        @Test
        void dueOnTheAnniversary_overdueThirtyOneDaysLater() {
            assertThat(report(List.of(due), LocalDate.of(2026, 1, 31)).review().status()).isEqualTo(ReviewStatus.DUE);
            var overdue = report(List.of(due), LocalDate.of(2026, 2, 1)).review();
            assertThat(overdue.status()).isEqualTo(ReviewStatus.OVERDUE);
            assertThat(overdue.dueOn()).isEqualTo(LocalDate.of(2026, 1, 1));
            assertThat(overdue.overdueFrom()).isEqualTo(LocalDate.of(2026, 2, 1));
        }

        @Test
        void completedWithFindingsDecisionsAndWhoCompletedIt() {
            var completed = new RecordedReviewEvent(new ReviewCompleted(reviewId, AGREEMENT, YEAR,
                    LocalDate.of(2026, 1, 1), List.of("availability missed three times"), List.of("open a revision"), 3,
                    at("2026-03-01T10:00:00Z")), "manager", "VENDOR_MANAGER");
            var review = report(List.of(due, completed), LocalDate.of(2026, 6, 1)).review();
            assertThat(review.status()).isEqualTo(ReviewStatus.COMPLETED);
            assertThat(review.completedBy()).isEqualTo("manager");
            assertThat(review.completedAt()).isEqualTo(at("2026-03-01T10:00:00Z"));
            assertThat(review.findings()).containsExactly("availability missed three times");
            assertThat(review.decisions()).containsExactly("open a revision");
            assertThat(review.revisionOpened()).isEqualTo(3);
        }
    }

    @Test
    void aYearWithoutPeriods_reportsTwelveEmptyMonthsAndZeroCredits() {
        AnnualReviewReport report = AnnualReviewFold.report(2024, agreementEvents(), periodEvents(), List.of(),
                List.of(), ReviewCriteria.DEFAULT, LocalDate.of(2026, 1, 10));
        assertThat(report.monthsClosed()).isZero();
        assertThat(report.attainmentPercent()).isNull();
        assertThat(report.serviceLevels()).isEmpty();
        assertThat(report.credits().net()).isEqualByComparingTo("0.00");
        assertThat(report.credits().net().scale()).isEqualTo(2);
        assertThat(report.credits().atRiskUsedPercent()).isNull();
        assertThat(report.candidates()).isEmpty();
    }

    @Test
    void anAgreementAssignedToTheAcquirer_isReportedForItWhenNoPeriodSaysOtherwise() {
        List<AgreementEvent> events = new ArrayList<>(agreementEvents());
        var acquirer = com.vendorsla.sharedkernel.vendor.VendorId.of(java.util.UUID.fromString("cccccccc-1111-4222-8333-444444444444"));
        events.add(new com.vendorsla.sharedkernel.agreement.event.AgreementAssignedToVendor(AGREEMENT, VENDOR, acquirer,
                new com.vendorsla.sharedkernel.vendor.AcquisitionId("acq-dddddddd-1111-4222-8333-444444444444"),
                at("2026-02-01T10:00:00Z")));
        var withoutPeriods = AnnualReviewFold.report(2026, events, List.of(), List.of(), List.of(),
                ReviewCriteria.DEFAULT, LocalDate.of(2026, 3, 1));
        assertThat(withoutPeriods.vendorId()).isEqualTo(acquirer.value());
        // the year's periods were measured for the vendor before the acquisition
        assertThat(AnnualReviewFold.report(YEAR, events, periodEvents(), List.of(), List.of(), ReviewCriteria.DEFAULT,
                LocalDate.of(2026, 3, 1)).vendorId()).isEqualTo(VENDOR.value());
    }

    @Test
    void availabilityExactlyAtTheMarginThreshold_isWithMargin_computedFromTheExactFraction() {
        // April has 2,592,000 covered seconds; 1,296 down is exactly 0.05 %: 99.95 % is the threshold itself
        YearMonth april = YearMonth.of(YEAR, 4);
        var exact = availability(april, 0);
        var atThreshold = new com.vendorsla.sharedkernel.performance.ServiceLevelOutcome("availability",
                exact.kind(), exact.classification(), dec("99.95"), dec("99.9"), dec("99.0"), dec("99.95"), true, false,
                false, 2_592_000L - 1_296L, 2_592_000L, "exactly 99.95");
        var oneSecondMore = new com.vendorsla.sharedkernel.performance.ServiceLevelOutcome("availability",
                exact.kind(), exact.classification(), dec("99.95"), dec("99.9"), dec("99.0"), dec("99.95"), true, false,
                true, 2_592_000L - 1_297L, 2_592_000L, "just below 99.95, shown rounded as 99.950");
        for (var outcome : List.of(atThreshold, oneSecondMore)) {
            List<PerformancePeriodEvent> events = list(opened(april, 1, V1), closed(april, 1, List.of(outcome), List.of()));
            var report = AnnualReviewFold.report(YEAR, agreementEvents(), events, List.of(), List.of(),
                    ReviewCriteria.DEFAULT, LocalDate.of(2026, 1, 1));
            assertThat(level(report, "availability").metWithMarginAllYear()).isEqualTo(outcome == atThreshold);
        }
    }
}
