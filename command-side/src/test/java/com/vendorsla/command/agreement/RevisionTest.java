package com.vendorsla.command.agreement;

import com.vendorsla.sharedkernel.agreement.RevisionReason;
import com.vendorsla.sharedkernel.agreement.command.ApproveRevision;
import com.vendorsla.sharedkernel.agreement.command.ProposeRevision;
import com.vendorsla.sharedkernel.agreement.command.RejectRevision;
import com.vendorsla.sharedkernel.agreement.command.WithdrawRevision;
import com.vendorsla.sharedkernel.agreement.event.RevisionAgreed;
import com.vendorsla.sharedkernel.agreement.event.RevisionApproved;
import com.vendorsla.sharedkernel.agreement.event.RevisionProposed;
import com.vendorsla.sharedkernel.agreement.event.RevisionRejected;
import com.vendorsla.sharedkernel.agreement.event.RevisionWithdrawn;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static com.vendorsla.sharedkernel.common.Party.CUSTOMER;
import static com.vendorsla.sharedkernel.common.Party.VENDOR;

/**
 * Revisions of an active agreement: one open at a time, effective neither before the day it is agreed (in the
 * coverage time zone) nor before the version in force; both parties' approvals make a new version.
 */
class RevisionTest extends AgreementTest {

    private static final LocalDate APRIL = LocalDate.parse("2026-04-01");

    @Test
    void givenAnActiveAgreement_whenTheCustomerProposesARevision_thenRevision1IsOpen() {
        fixture.given(active())
                .when(new ProposeRevision(ID, CUSTOMER, terms("99.95"), RevisionReason.PERFORMANCE, APRIL,
                        "outages in February", TODAY, null))
                .expectEvents(new RevisionProposed(ID, 1, CUSTOMER, RevisionReason.PERFORMANCE, terms("99.95"),
                        terms("99.95"), APRIL, "outages in February", TODAY));
    }

    @Test
    void givenAnAgreedRevision_whenAnotherIsProposed_thenItIsRevision2() {
        fixture.given(events(active(), revisionAgreed(1, terms("99.95"), APRIL)))
                .when(new ProposeRevision(ID, VENDOR, terms("99.9"), RevisionReason.OTHER, APRIL, null, TODAY, null))
                .expectEvents(new RevisionProposed(ID, 2, VENDOR, RevisionReason.OTHER, terms("99.9"), terms("99.9"),
                        APRIL, null, TODAY));
    }

    @Test
    void givenAnOpenRevision_whenAnotherIsProposed_thenREVISION_OPEN() {
        fixture.given(events(active(), revisionProposed(1, CUSTOMER, terms("99.95"), APRIL)))
                .when(new ProposeRevision(ID, VENDOR, terms("99.8"), RevisionReason.OTHER, APRIL, null, TODAY, null))
                .expectException(rule("REVISION_OPEN"))
                .expectNoEvents();
    }

    @Test
    void givenAnActiveAgreement_whenARevisionWouldTakeEffectYesterday_thenREVISION_EFFECTIVE_DATE_PASSED() {
        fixture.given(active())
                .when(new ProposeRevision(ID, CUSTOMER, terms("99.95"), RevisionReason.OTHER,
                        LocalDate.parse("2026-03-09"), null, TODAY, null))
                .expectException(rule("REVISION_EFFECTIVE_DATE_PASSED"))
                .expectNoEvents();
    }

    @Test
    void givenAnActiveAgreement_whenARevisionTakesEffectToday_thenItIsAccepted() {
        fixture.given(active())
                .when(new ProposeRevision(ID, CUSTOMER, terms("99.95"), RevisionReason.OTHER,
                        LocalDate.parse("2026-03-10"), null, TODAY, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void givenCoverageInAuckland_whenItIsAlreadyTomorrowThere_thenTodayInUtcIsTooEarly() {
        Instant lateEvening = Instant.parse("2026-03-10T13:00:00Z"); // 2026-03-11 02:00 in Auckland
        fixture.given(active(null, terms("99.9", "Pacific/Auckland")))
                .when(new ProposeRevision(ID, CUSTOMER, terms("99.95", "Pacific/Auckland"), RevisionReason.OTHER,
                        LocalDate.parse("2026-03-10"), null, lateEvening, null))
                .expectException(rule("REVISION_EFFECTIVE_DATE_PASSED"))
                .expectNoEvents();
    }

    @Test
    void givenVersion2FromJune_whenARevisionWouldTakeEffectInApril_thenREVISION_BEFORE_VERSION_IN_FORCE() {
        fixture.given(events(active(), revisionAgreed(1, terms("99.95"), LocalDate.parse("2026-06-01"))))
                .when(new ProposeRevision(ID, CUSTOMER, terms("99.9"), RevisionReason.OTHER, APRIL, null, TODAY, null))
                .expectException(rule("REVISION_BEFORE_VERSION_IN_FORCE"))
                .expectNoEvents();
    }

    @Test
    void givenAnAgreementEndingInJune_whenARevisionWouldTakeEffectInJuly_thenREVISION_AFTER_AGREEMENT_END() {
        fixture.given(active(LocalDate.parse("2026-06-30")))
                .when(new ProposeRevision(ID, CUSTOMER, terms("99.95"), RevisionReason.OTHER,
                        LocalDate.parse("2026-07-01"), null, TODAY, null))
                .expectException(rule("REVISION_AFTER_AGREEMENT_END"))
                .expectNoEvents();
    }

    @Test
    void givenADraft_whenARevisionIsProposed_thenAGREEMENT_NOT_ACTIVE() {
        fixture.given(drafted())
                .when(new ProposeRevision(ID, CUSTOMER, terms("99.95"), RevisionReason.OTHER, APRIL, null, TODAY, null))
                .expectException(rule("AGREEMENT_NOT_ACTIVE"))
                .expectNoEvents();
    }

    @Test
    void givenAnActiveAgreement_whenRevisedTermsBreakARule_thenThatRulesCode() {
        fixture.given(active())
                .when(new ProposeRevision(ID, CUSTOMER, termsOverThePool(), RevisionReason.OTHER, APRIL, null, TODAY,
                        null))
                .expectException(rule("ALLOCATION_EXCEEDS_POOL"))
                .expectNoEvents();
    }

    @Test
    void givenAnOpenRevision_whenTheFirstPartyApproves_thenOnlyTheApprovalIsRecorded() {
        fixture.given(events(active(), revisionProposed(1, CUSTOMER, terms("99.95"), APRIL)))
                .when(new ApproveRevision(ID, 1, CUSTOMER, TODAY, null))
                .expectEvents(new RevisionApproved(ID, 1, CUSTOMER, TODAY));
    }

    @Test
    void givenTheCustomersApproval_whenTheVendorApproves_thenTheRevisionIsVersion2FromItsEffectiveDate() {
        fixture.given(events(active(), revisionProposed(1, CUSTOMER, terms("99.95"), APRIL),
                        new RevisionApproved(ID, 1, CUSTOMER, TODAY)))
                .when(new ApproveRevision(ID, 1, VENDOR, TODAY, null))
                .expectEvents(new RevisionApproved(ID, 1, VENDOR, TODAY),
                        new RevisionAgreed(ID, 1, 2, RevisionReason.ANNUAL_REVIEW, terms("99.95"), terms("99.95"), APRIL,
                                TODAY));
    }

    @Test
    void givenTheCustomersApproval_whenTheCustomerApprovesAgain_thenALREADY_APPROVED() {
        fixture.given(events(active(), revisionProposed(1, CUSTOMER, terms("99.95"), APRIL),
                        new RevisionApproved(ID, 1, CUSTOMER, TODAY)))
                .when(new ApproveRevision(ID, 1, CUSTOMER, TODAY, null))
                .expectException(rule("ALREADY_APPROVED"))
                .expectNoEvents();
    }

    @Test
    void givenARevisionForMarch15_whenTheSecondApprovalComesOnMarch20_thenREVISION_EFFECTIVE_DATE_PASSED() {
        fixture.given(events(active(), revisionProposed(1, CUSTOMER, terms("99.95"), LocalDate.parse("2026-03-15")),
                        new RevisionApproved(ID, 1, CUSTOMER, TODAY)))
                .when(new ApproveRevision(ID, 1, VENDOR, Instant.parse("2026-03-20T10:00:00Z"), null))
                .expectException(rule("REVISION_EFFECTIVE_DATE_PASSED"))
                .expectNoEvents();
    }

    @Test
    void givenNoRevision7_whenItIsApproved_thenREVISION_NOT_FOUND() {
        fixture.given(active())
                .when(new ApproveRevision(ID, 7, VENDOR, TODAY, null))
                .expectException(rule("REVISION_NOT_FOUND"))
                .expectNoEvents();
    }

    @Test
    void givenAWithdrawnRevision_whenItIsApproved_thenREVISION_NOT_OPEN() {
        fixture.given(events(active(), revisionProposed(1, CUSTOMER, terms("99.95"), APRIL),
                        new RevisionWithdrawn(ID, 1, CUSTOMER, null, TODAY)))
                .when(new ApproveRevision(ID, 1, VENDOR, TODAY, null))
                .expectException(rule("REVISION_NOT_OPEN"))
                .expectNoEvents();
    }

    @Test
    void givenTheCustomersRevision_whenTheVendorRejectsItWithAReason_thenItIsRejected() {
        fixture.given(events(active(), revisionProposed(1, CUSTOMER, terms("99.95"), APRIL)))
                .when(new RejectRevision(ID, 1, VENDOR, "not at this price", TODAY, null))
                .expectEvents(new RevisionRejected(ID, 1, VENDOR, "not at this price", TODAY));
    }

    @Test
    void givenTheCustomersRevision_whenRejectedWithoutAReason_thenREASON_REQUIRED() {
        fixture.given(events(active(), revisionProposed(1, CUSTOMER, terms("99.95"), APRIL)))
                .when(new RejectRevision(ID, 1, VENDOR, "", TODAY, null))
                .expectException(rule("REASON_REQUIRED"))
                .expectNoEvents();
    }

    @Test
    void givenTheCustomersRevision_whenTheCustomerRejectsIt_thenOWN_REVISION() {
        fixture.given(events(active(), revisionProposed(1, CUSTOMER, terms("99.95"), APRIL)))
                .when(new RejectRevision(ID, 1, CUSTOMER, "second thoughts", TODAY, null))
                .expectException(rule("OWN_REVISION"))
                .expectNoEvents();
    }

    @Test
    void givenTheCustomersRevision_whenTheCustomerWithdrawsIt_thenItIsWithdrawn() {
        fixture.given(events(active(), revisionProposed(1, CUSTOMER, terms("99.95"), APRIL)))
                .when(new WithdrawRevision(ID, 1, CUSTOMER, "wrong target", TODAY, null))
                .expectEvents(new RevisionWithdrawn(ID, 1, CUSTOMER, "wrong target", TODAY));
    }

    @Test
    void givenTheCustomersRevision_whenTheVendorWithdrawsIt_thenNOT_PROPOSER() {
        fixture.given(events(active(), revisionProposed(1, CUSTOMER, terms("99.95"), APRIL)))
                .when(new WithdrawRevision(ID, 1, VENDOR, null, TODAY, null))
                .expectException(rule("NOT_PROPOSER"))
                .expectNoEvents();
    }
}
