package com.vendorsla.command.agreement;

import com.vendorsla.sharedkernel.agreement.RenegotiationOutcome;
import com.vendorsla.sharedkernel.agreement.RevisionReason;
import com.vendorsla.sharedkernel.agreement.TerminationReason;
import com.vendorsla.sharedkernel.agreement.command.ApproveRevision;
import com.vendorsla.sharedkernel.agreement.command.ConcludeRenegotiation;
import com.vendorsla.sharedkernel.agreement.command.OpenRenegotiation;
import com.vendorsla.sharedkernel.agreement.command.TerminateAgreement;
import com.vendorsla.sharedkernel.agreement.event.AgreementAssignedToVendor;
import com.vendorsla.sharedkernel.agreement.event.AgreementTerminated;
import com.vendorsla.sharedkernel.agreement.event.RenegotiationConcluded;
import com.vendorsla.sharedkernel.agreement.event.RenegotiationOpened;
import com.vendorsla.sharedkernel.agreement.event.RenegotiationOverdue;
import com.vendorsla.sharedkernel.agreement.event.RevisionAgreed;
import com.vendorsla.sharedkernel.agreement.event.RevisionApproved;
import com.vendorsla.sharedkernel.agreement.event.RevisionProposed;
import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;
import com.vendorsla.sharedkernel.vendor.AcquisitionId;
import com.vendorsla.sharedkernel.vendor.VendorId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static com.vendorsla.sharedkernel.agreement.RenegotiationOutcome.CONFIRMED;
import static com.vendorsla.sharedkernel.agreement.RenegotiationOutcome.REVISED;
import static com.vendorsla.sharedkernel.agreement.RenegotiationOutcome.TERMINATED;
import static com.vendorsla.sharedkernel.common.Party.CUSTOMER;
import static com.vendorsla.sharedkernel.common.Party.VENDOR;

/**
 * Renegotiation after the vendor's acquisition: opened with the version in force at the acquisition and a deadline
 * 90 days (the terms' renegotiationWindowDays) after its effective date, overdue after that day, concluded CONFIRMED,
 * REVISED or TERMINATED. The vendor {@link #VENDOR_ID} is acquired by {@link #ACQUIRER} on 2026-03-01.
 */
class RenegotiationTest extends AgreementTest {

    static final AcquisitionId ACQUISITION = new AcquisitionId("acq-44444444-4444-4444-8444-444444444444");
    static final AcquisitionId NEXT_ACQUISITION = new AcquisitionId("acq-55555555-5555-4555-8555-555555555555");
    static final VendorId ACQUIRER = new VendorId("vnd-66666666-6666-4666-8666-666666666666");
    static final VendorId NEXT_ACQUIRER = new VendorId("vnd-77777777-7777-4777-8777-777777777777");
    static final LocalDate ACQUIRED_ON = LocalDate.parse("2026-03-01");
    /** 2026-03-01 + 90 days: the last day to conclude. */
    static final LocalDate DEADLINE = LocalDate.parse("2026-05-30");
    static final Instant OVERDUE_AT = Instant.parse("2026-05-31T00:00:00Z");
    static final Instant OPENED_AT = Instant.parse("2026-03-02T08:00:00Z");
    static final AgreementTerms REVISED_TERMS = terms("99.5");

    static OpenRenegotiation open() {
        return new OpenRenegotiation(ID, ACQUISITION, VENDOR_ID, ACQUIRER, ACQUIRED_ON, OPENED_AT);
    }

    static RenegotiationOpened opened() {
        return new RenegotiationOpened(ID, ACQUISITION, VENDOR_ID, ACQUIRER, ACQUIRED_ON, DEADLINE, 1, draftTerms(),
                OPENED_AT);
    }

    /** Revision {@code number} with reason ACQUISITION, proposed by the vendor and approved by both: a new version. */
    static List<Object> acquisitionRevisionAgreed(int number, int termsVersion) {
        LocalDate from = LocalDate.parse("2026-04-01");
        return List.of(
                new RevisionProposed(ID, number, VENDOR, RevisionReason.ACQUISITION, REVISED_TERMS, REVISED_TERMS, from,
                        "group standard", TODAY.minusSeconds(7200)),
                new RevisionApproved(ID, number, VENDOR, TODAY.minusSeconds(7200)),
                new RevisionApproved(ID, number, CUSTOMER, TODAY.minusSeconds(3600)),
                new RevisionAgreed(ID, number, termsVersion, RevisionReason.ACQUISITION, REVISED_TERMS, REVISED_TERMS,
                        from, TODAY.minusSeconds(3600)));
    }

    // ---- opening ----------------------------------------------------------------------------------------------

    @Test
    void givenAnActiveAgreement_whenARenegotiationOpens_thenItRecordsVersion1AndItsTerms_andTheDeadlineIsScheduled() {
        fixture.given(active())
                .when(open())
                .expectEvents(opened())
                .expectScheduledDeadline(OVERDUE_AT, new RenegotiationDue(ACQUISITION, DEADLINE, OVERDUE_AT));
    }

    @Test
    void givenARevisionInForceSinceFebruary_whenOpenedForAMarchAcquisition_thenTheVersionBeforeIs2() {
        AgreementTerms february = terms("99.95");
        fixture.given(events(active(), revisionAgreed(1, february, LocalDate.parse("2026-02-01"))))
                .when(open())
                .expectEvents(new RenegotiationOpened(ID, ACQUISITION, VENDOR_ID, ACQUIRER, ACQUIRED_ON, DEADLINE, 2,
                        february, OPENED_AT));
    }

    @Test
    void givenAWindowOf30Days_whenOpened_thenTheDeadlineIs30DaysAfterTheAcquisition() {
        AgreementTerms thirtyDays = withWindow(draftTerms(), 30);
        fixture.given(active(null, thirtyDays))
                .when(open())
                .expectEvents(new RenegotiationOpened(ID, ACQUISITION, VENDOR_ID, ACQUIRER, ACQUIRED_ON,
                        LocalDate.parse("2026-03-31"), 1, thirtyDays, OPENED_AT));
    }

    @Test
    void givenAnAcquisitionLongPast_whenTheRenegotiationOpens_thenItIsOverdueAtOnce() {
        LocalDate lastYear = LocalDate.parse("2025-10-01");
        Instant overdueSince = Instant.parse("2025-12-31T00:00:00Z");
        fixture.given(active())
                .when(new OpenRenegotiation(ID, ACQUISITION, VENDOR_ID, ACQUIRER, lastYear, TODAY))
                .expectEvents(new RenegotiationOpened(ID, ACQUISITION, VENDOR_ID, ACQUIRER, lastYear,
                                LocalDate.parse("2025-12-30"), 1, draftTerms(), TODAY),
                        new RenegotiationOverdue(ID, ACQUISITION, LocalDate.parse("2025-12-30"), overdueSince, TODAY))
                .expectNoScheduledDeadlines();
    }

    @Test
    void givenTheSameAcquisitionOpenedItAlready_whenOpenedAgain_thenNothingChanges() {
        fixture.given(events(active(), opened()))
                .when(open())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenADraft_whenARenegotiationOpens_thenAGREEMENT_NOT_ACTIVE() {
        fixture.given(drafted())
                .when(open())
                .expectException(rule("AGREEMENT_NOT_ACTIVE"))
                .expectNoEvents();
    }

    @Test
    void givenATerminatedAgreement_whenARenegotiationOpens_thenAGREEMENT_NOT_ACTIVE() {
        fixture.given(events(active(), new AgreementTerminated(ID, TerminationReason.CONVENIENCE, null,
                        LocalDate.parse("2026-03-01"), TODAY.minusSeconds(86_400 * 10))))
                .when(open())
                .expectException(rule("AGREEMENT_NOT_ACTIVE"))
                .expectNoEvents();
    }

    @Test
    void givenAnAgreementWithAnotherVendor_whenOpenedForThisAcquisition_thenAGREEMENT_NOT_WITH_VENDOR() {
        fixture.given(active())
                .when(new OpenRenegotiation(ID, ACQUISITION, NEXT_ACQUIRER, ACQUIRER, ACQUIRED_ON, OPENED_AT))
                .expectException(rule("AGREEMENT_NOT_WITH_VENDOR"))
                .expectNoEvents();
    }

    @Test
    void givenAnOpenRenegotiation_whenAnotherAcquisitionOpensOne_thenRENEGOTIATION_OPEN() {
        fixture.given(events(active(), opened()))
                .when(new OpenRenegotiation(ID, NEXT_ACQUISITION, VENDOR_ID, NEXT_ACQUIRER, ACQUIRED_ON, TODAY))
                .expectException(rule("RENEGOTIATION_OPEN"))
                .expectNoEvents();
    }

    // ---- the deadline -----------------------------------------------------------------------------------------

    @Test
    void givenAnOpenRenegotiation_whenItsDeadlineDayEnds_thenItIsOverdue_andTheAgreementStaysActive() {
        fixture.given(active())
                .andGivenCommands(open())
                .whenTimeAdvancesTo(OVERDUE_AT)
                .expectTriggeredDeadlines(new RenegotiationDue(ACQUISITION, DEADLINE, OVERDUE_AT))
                .expectEvents(new RenegotiationOverdue(ID, ACQUISITION, DEADLINE, OVERDUE_AT, OVERDUE_AT));
    }

    @Test
    void givenAnOpenRenegotiation_whenOnlyItsDeadlineDayHasBegun_thenItIsNotOverdueYet() {
        fixture.given(active())
                .andGivenCommands(open())
                .whenTimeAdvancesTo(OVERDUE_AT.minusSeconds(1))
                .expectNoEvents();
    }

    @Test
    void givenAConcludedRenegotiation_whenItsDeadlinePasses_thenNothingHappens() {
        fixture.given(active())
                .andGivenCommands(open(), new ConcludeRenegotiation(ID, CONFIRMED, null, null, TODAY, null))
                .whenTimeAdvancesTo(OVERDUE_AT.plusSeconds(3600))
                .expectNoEvents();
    }

    @Test
    void givenAnOverdueRenegotiation_whenConfirmedLate_thenItIsConcluded() {
        fixture.given(events(active(), opened(), new RenegotiationOverdue(ID, ACQUISITION, DEADLINE, OVERDUE_AT, OVERDUE_AT)))
                .when(new ConcludeRenegotiation(ID, CONFIRMED, null, null, Instant.parse("2026-06-10T09:00:00Z"), null))
                .expectEvents(new RenegotiationConcluded(ID, ACQUISITION, CONFIRMED, null, 1, 1, draftTerms(),
                                Instant.parse("2026-06-10T09:00:00Z")),
                        new AgreementAssignedToVendor(ID, VENDOR_ID, ACQUIRER, ACQUISITION,
                                Instant.parse("2026-06-10T09:00:00Z")));
    }

    // ---- conclusions ------------------------------------------------------------------------------------------

    @Test
    void givenAnOpenRenegotiation_whenConfirmed_thenTheTermsAreKept_andTheAgreementIsAssignedToTheAcquirer() {
        fixture.given(events(active(), opened()))
                .when(new ConcludeRenegotiation(ID, CONFIRMED, null, null, TODAY, null))
                .expectEvents(new RenegotiationConcluded(ID, ACQUISITION, CONFIRMED, null, 1, 1, draftTerms(), TODAY),
                        new AgreementAssignedToVendor(ID, VENDOR_ID, ACQUIRER, ACQUISITION, TODAY));
    }

    @Test
    void givenAnAcquisitionRevisionAgreedDuringIt_whenConcludedRevised_thenVersion2IsTheVersionAfter_andItIsAssigned() {
        fixture.given(events(active(), opened(), acquisitionRevisionAgreed(1, 2)))
                .when(new ConcludeRenegotiation(ID, REVISED, 1, null, TODAY, null))
                .expectEvents(new RenegotiationConcluded(ID, ACQUISITION, REVISED, 1, 1, 2, REVISED_TERMS, TODAY),
                        new AgreementAssignedToVendor(ID, VENDOR_ID, ACQUIRER, ACQUISITION, TODAY));
    }

    @Test
    void givenAnOpenRenegotiation_whenTheAcquisitionRevisionGetsItsSecondApproval_thenAConclusionMayNameIt() {
        fixture.given(events(active(), opened(), acquisitionRevisionAgreed(1, 2).subList(0, 2)))
                .andGivenCommands(new ApproveRevision(ID, 1, CUSTOMER, TODAY, null))
                .when(new ConcludeRenegotiation(ID, REVISED, 1, null, TODAY, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new RenegotiationConcluded(ID, ACQUISITION, REVISED, 1, 1, 2, REVISED_TERMS, TODAY),
                        new AgreementAssignedToVendor(ID, VENDOR_ID, ACQUIRER, ACQUISITION, TODAY));
    }

    @Test
    void givenAnAnnualReviewRevision_whenConcludedRevisedWithIt_thenREVISION_NOT_AGREED_FOR_ACQUISITION() {
        fixture.given(events(active(), opened(), revisionAgreed(1, REVISED_TERMS, LocalDate.parse("2026-04-01"))))
                .when(new ConcludeRenegotiation(ID, REVISED, 1, null, TODAY, null))
                .expectException(rule("REVISION_NOT_AGREED_FOR_ACQUISITION"))
                .expectNoEvents();
    }

    @Test
    void givenAnAcquisitionRevisionAgreedBeforeTheRenegotiation_whenConcludedRevisedWithIt_thenREVISION_NOT_AGREED_FOR_ACQUISITION() {
        fixture.given(events(active(), acquisitionRevisionAgreed(1, 2), opened()))
                .when(new ConcludeRenegotiation(ID, REVISED, 1, null, TODAY, null))
                .expectException(rule("REVISION_NOT_AGREED_FOR_ACQUISITION"))
                .expectNoEvents();
    }

    @Test
    void givenAnAcquisitionRevisionStillAwaitingApproval_whenConcludedRevisedWithIt_thenREVISION_NOT_AGREED_FOR_ACQUISITION() {
        fixture.given(events(active(), opened(), acquisitionRevisionAgreed(1, 2).subList(0, 2)))
                .when(new ConcludeRenegotiation(ID, REVISED, 1, null, TODAY, null))
                .expectException(rule("REVISION_NOT_AGREED_FOR_ACQUISITION"))
                .expectNoEvents();
    }

    @Test
    void givenNoSuchRevision_whenConcludedRevised_thenREVISION_NOT_FOUND() {
        fixture.given(events(active(), opened()))
                .when(new ConcludeRenegotiation(ID, REVISED, 7, null, TODAY, null))
                .expectException(rule("REVISION_NOT_FOUND"))
                .expectNoEvents();
    }

    @Test
    void givenAnOpenAcquisitionRevision_whenConfirmed_thenACQUISITION_REVISION_OPEN() {
        fixture.given(events(active(), opened(), acquisitionRevisionAgreed(1, 2).subList(0, 2)))
                .when(new ConcludeRenegotiation(ID, CONFIRMED, null, null, TODAY, null))
                .expectException(rule("ACQUISITION_REVISION_OPEN"))
                .expectNoEvents();
    }

    @Test
    void givenAnOpenRenegotiation_whenConfirmedNamingARevision_thenREVISION_ONLY_FOR_REVISED() {
        fixture.given(events(active(), opened()))
                .when(new ConcludeRenegotiation(ID, CONFIRMED, 1, null, TODAY, null))
                .expectException(rule("REVISION_ONLY_FOR_REVISED"))
                .expectNoEvents();
    }

    @Test
    void givenAnOpenRenegotiation_whenTerminated_thenItIsConcluded_andTheAgreementTerminatedForAcquisition() {
        LocalDate july = LocalDate.parse("2026-07-01");
        fixture.given(events(active(), opened()))
                .when(new ConcludeRenegotiation(ID, TERMINATED, null, july, TODAY, null))
                .expectEvents(new RenegotiationConcluded(ID, ACQUISITION, TERMINATED, null, 1, null, null, TODAY),
                        new AgreementTerminated(ID, TerminationReason.ACQUISITION, null, july, TODAY));
    }

    @Test
    void givenAnOpenRenegotiation_whenTerminatedWithoutADate_thenItTerminatesFromToday() {
        fixture.given(events(active(), opened()))
                .when(new ConcludeRenegotiation(ID, TERMINATED, null, null, TODAY, null))
                .expectEvents(new RenegotiationConcluded(ID, ACQUISITION, TERMINATED, null, 1, null, null, TODAY),
                        new AgreementTerminated(ID, TerminationReason.ACQUISITION, null, LocalDate.parse("2026-03-10"), TODAY));
    }

    @Test
    void givenAnOpenRenegotiation_whenTerminatedFromAPastDay_thenTERMINATION_DATE_IN_PAST() {
        fixture.given(events(active(), opened()))
                .when(new ConcludeRenegotiation(ID, TERMINATED, null, LocalDate.parse("2026-03-01"), TODAY, null))
                .expectException(rule("TERMINATION_DATE_IN_PAST"))
                .expectNoEvents();
    }

    @Test
    void givenNoRenegotiation_whenConcluded_thenRENEGOTIATION_NOT_OPEN() {
        fixture.given(active())
                .when(new ConcludeRenegotiation(ID, CONFIRMED, null, null, TODAY, null))
                .expectException(rule("RENEGOTIATION_NOT_OPEN"))
                .expectNoEvents();
    }

    @Test
    void givenAConcludedRenegotiation_whenConcludedAgain_thenRENEGOTIATION_NOT_OPEN() {
        fixture.given(events(active(), opened(),
                        new RenegotiationConcluded(ID, ACQUISITION, CONFIRMED, null, 1, 1, draftTerms(), TODAY),
                        new AgreementAssignedToVendor(ID, VENDOR_ID, ACQUIRER, ACQUISITION, TODAY)))
                .when(new ConcludeRenegotiation(ID, TERMINATED, null, null, TODAY, null))
                .expectException(rule("RENEGOTIATION_NOT_OPEN"))
                .expectNoEvents();
    }

    @Test
    void givenAnOpenRenegotiation_whenTerminatedForConvenience_thenTheRenegotiationEndsTerminatedToo() {
        LocalDate april = LocalDate.parse("2026-04-01");
        fixture.given(active())
                .andGivenCommands(open())
                .when(new TerminateAgreement(ID, TerminationReason.CONVENIENCE, null, april, TODAY, null))
                .expectEvents(new RenegotiationConcluded(ID, ACQUISITION, TERMINATED, null, 1, null, null, TODAY),
                        new AgreementTerminated(ID, TerminationReason.CONVENIENCE, null, april, TODAY))
                .expectNoScheduledDeadlines();
    }

    // ---- chains -----------------------------------------------------------------------------------------------

    @Test
    void givenAnAgreementAssignedToTheAcquirer_whenTheAcquirerIsAcquiredInTurn_thenANewRenegotiationOpensForIt() {
        fixture.given(events(active(), opened(),
                        new RenegotiationConcluded(ID, ACQUISITION, CONFIRMED, null, 1, 1, draftTerms(), TODAY),
                        new AgreementAssignedToVendor(ID, VENDOR_ID, ACQUIRER, ACQUISITION, TODAY)))
                .when(new OpenRenegotiation(ID, NEXT_ACQUISITION, ACQUIRER, NEXT_ACQUIRER, ACQUIRED_ON.plusMonths(1), TODAY))
                .expectEvents(new RenegotiationOpened(ID, NEXT_ACQUISITION, ACQUIRER, NEXT_ACQUIRER,
                        ACQUIRED_ON.plusMonths(1), LocalDate.parse("2026-06-30"), 1, draftTerms(), TODAY));
    }

    @Test
    void givenAnAgreementAssignedToTheAcquirer_whenTheOriginalVendorsAcquisitionOpensOneAgain_thenAGREEMENT_NOT_WITH_VENDOR() {
        fixture.given(events(active(), opened(),
                        new RenegotiationConcluded(ID, ACQUISITION, CONFIRMED, null, 1, 1, draftTerms(), TODAY),
                        new AgreementAssignedToVendor(ID, VENDOR_ID, ACQUIRER, ACQUISITION, TODAY)))
                .when(new OpenRenegotiation(ID, NEXT_ACQUISITION, VENDOR_ID, NEXT_ACQUIRER, ACQUIRED_ON, TODAY))
                .expectException(rule("AGREEMENT_NOT_WITH_VENDOR"))
                .expectNoEvents();
    }

    private static AgreementTerms withWindow(AgreementTerms terms, int days) {
        return new AgreementTerms(terms.currency(), terms.monthlyCharge(), terms.coverage(), terms.serviceLevels(),
                terms.creditPolicy(), terms.earnBack(), terms.termination(), days);
    }

}
