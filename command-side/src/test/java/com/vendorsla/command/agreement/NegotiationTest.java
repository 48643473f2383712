package com.vendorsla.command.agreement;

import com.vendorsla.sharedkernel.agreement.command.AcceptProposal;
import com.vendorsla.sharedkernel.agreement.command.ProposeTerms;
import com.vendorsla.sharedkernel.agreement.command.RejectProposal;
import com.vendorsla.sharedkernel.agreement.command.WithdrawProposal;
import com.vendorsla.sharedkernel.agreement.event.ProposalAccepted;
import com.vendorsla.sharedkernel.agreement.event.ProposalRejected;
import com.vendorsla.sharedkernel.agreement.event.ProposalWithdrawn;
import com.vendorsla.sharedkernel.agreement.event.TermsProposed;
import org.junit.jupiter.api.Test;

import static com.vendorsla.sharedkernel.common.Party.CUSTOMER;
import static com.vendorsla.sharedkernel.common.Party.VENDOR;

/** Proposals and counter-proposals, acceptance, rejection with a reason, withdrawal by the proposer only. */
class NegotiationTest extends AgreementTest {

    @Test
    void givenADraft_whenTheVendorProposesTerms_thenTheProposalIsRecordedWithItsCompleteTerms() {
        fixture.given(drafted())
                .when(new ProposeTerms(ID, "prp-1", VENDOR, terms("99.8"), " needs a second site ", TODAY, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new TermsProposed(ID, "prp-1", VENDOR, terms("99.8"), terms("99.8"), "needs a second site",
                        null, TODAY));
    }

    @Test
    void givenTheCustomersPendingProposal_whenTheVendorProposes_thenItCountersThatProposal() {
        fixture.given(drafted(), proposed("prp-1", CUSTOMER, terms("99.95"), null))
                .when(new ProposeTerms(ID, "prp-2", VENDOR, terms("99.8"), "too costly", TODAY, null))
                .expectEvents(new TermsProposed(ID, "prp-2", VENDOR, terms("99.8"), terms("99.8"), "too costly",
                        "prp-1", TODAY));
    }

    @Test
    void givenItsOwnPendingProposal_whenAPartyProposesAgain_thenPROPOSAL_PENDING() {
        fixture.given(drafted(), proposed("prp-1", VENDOR, terms("99.8"), null))
                .when(new ProposeTerms(ID, "prp-2", VENDOR, terms("99.7"), "even less", TODAY, null))
                .expectException(rule("PROPOSAL_PENDING"))
                .expectNoEvents();
    }

    @Test
    void givenADraft_whenAProposalHasNoRationale_thenRATIONALE_REQUIRED() {
        fixture.given(drafted())
                .when(new ProposeTerms(ID, "prp-1", VENDOR, terms("99.8"), "  ", TODAY, null))
                .expectException(rule("RATIONALE_REQUIRED"))
                .expectNoEvents();
    }

    @Test
    void givenADraft_whenProposedTermsBreakARule_thenThatRulesCode() {
        fixture.given(drafted())
                .when(new ProposeTerms(ID, "prp-1", VENDOR, termsOverThePool(), "more service levels", TODAY, null))
                .expectException(rule("ALLOCATION_EXCEEDS_POOL"))
                .expectNoEvents();
    }

    @Test
    void givenAProposalId_whenItIsProposedAgain_thenDUPLICATE_PROPOSAL_ID() {
        fixture.given(drafted(), proposed("prp-1", VENDOR, terms("99.8"), null),
                        new ProposalWithdrawn(ID, "prp-1", VENDOR, null, TODAY))
                .when(new ProposeTerms(ID, "prp-1", VENDOR, terms("99.7"), "again", TODAY, null))
                .expectException(rule("DUPLICATE_PROPOSAL_ID"))
                .expectNoEvents();
    }

    @Test
    void givenAnActiveAgreement_whenTermsAreProposed_thenAGREEMENT_NOT_IN_NEGOTIATION() {
        fixture.given(active())
                .when(new ProposeTerms(ID, "prp-9", VENDOR, terms("99.8"), "late", TODAY, null))
                .expectException(rule("AGREEMENT_NOT_IN_NEGOTIATION"))
                .expectNoEvents();
    }

    @Test
    void givenTheVendorsProposal_whenTheCustomerAccepts_thenItIsAccepted() {
        fixture.given(drafted(), proposed("prp-1", VENDOR, terms("99.8"), null))
                .when(new AcceptProposal(ID, "prp-1", CUSTOMER, TODAY, null))
                .expectEvents(new ProposalAccepted(ID, "prp-1", CUSTOMER, TODAY));
    }

    @Test
    void givenTheVendorsProposal_whenTheVendorAcceptsIt_thenOWN_PROPOSAL() {
        fixture.given(drafted(), proposed("prp-1", VENDOR, terms("99.8"), null))
                .when(new AcceptProposal(ID, "prp-1", VENDOR, TODAY, null))
                .expectException(rule("OWN_PROPOSAL"))
                .expectNoEvents();
    }

    @Test
    void givenNoSuchProposal_whenItIsAccepted_thenPROPOSAL_NOT_FOUND() {
        fixture.given(drafted())
                .when(new AcceptProposal(ID, "prp-404", CUSTOMER, TODAY, null))
                .expectException(rule("PROPOSAL_NOT_FOUND"))
                .expectNoEvents();
    }

    @Test
    void givenACounteredProposal_whenItIsAccepted_thenPROPOSAL_NOT_PENDING() {
        fixture.given(drafted(), proposed("prp-1", CUSTOMER, terms("99.95"), null),
                        proposed("prp-2", VENDOR, terms("99.8"), "prp-1"))
                .when(new AcceptProposal(ID, "prp-1", VENDOR, TODAY, null))
                .expectException(rule("PROPOSAL_NOT_PENDING"))
                .expectNoEvents();
    }

    @Test
    void givenTheVendorsProposal_whenTheCustomerRejectsItWithAReason_thenItIsRejected() {
        fixture.given(drafted(), proposed("prp-1", VENDOR, terms("99.8"), null))
                .when(new RejectProposal(ID, "prp-1", CUSTOMER, "99.9 is our floor", TODAY, null))
                .expectEvents(new ProposalRejected(ID, "prp-1", CUSTOMER, "99.9 is our floor", TODAY));
    }

    @Test
    void givenTheVendorsProposal_whenRejectedWithoutAReason_thenREASON_REQUIRED() {
        fixture.given(drafted(), proposed("prp-1", VENDOR, terms("99.8"), null))
                .when(new RejectProposal(ID, "prp-1", CUSTOMER, null, TODAY, null))
                .expectException(rule("REASON_REQUIRED"))
                .expectNoEvents();
    }

    @Test
    void givenTheVendorsProposal_whenTheVendorRejectsIt_thenOWN_PROPOSAL() {
        fixture.given(drafted(), proposed("prp-1", VENDOR, terms("99.8"), null))
                .when(new RejectProposal(ID, "prp-1", VENDOR, "changed my mind", TODAY, null))
                .expectException(rule("OWN_PROPOSAL"))
                .expectNoEvents();
    }

    @Test
    void givenTheVendorsProposal_whenTheVendorWithdrawsIt_thenItIsWithdrawn() {
        fixture.given(drafted(), proposed("prp-1", VENDOR, terms("99.8"), null))
                .when(new WithdrawProposal(ID, "prp-1", VENDOR, "typo in the charge", TODAY, null))
                .expectEvents(new ProposalWithdrawn(ID, "prp-1", VENDOR, "typo in the charge", TODAY));
    }

    @Test
    void givenTheVendorsProposal_whenTheCustomerWithdrawsIt_thenNOT_PROPOSER() {
        fixture.given(drafted(), proposed("prp-1", VENDOR, terms("99.8"), null))
                .when(new WithdrawProposal(ID, "prp-1", CUSTOMER, null, TODAY, null))
                .expectException(rule("NOT_PROPOSER"))
                .expectNoEvents();
    }

    @Test
    void givenARejectedProposal_whenItIsWithdrawn_thenPROPOSAL_NOT_PENDING() {
        fixture.given(drafted(), proposed("prp-1", VENDOR, terms("99.8"), null),
                        new ProposalRejected(ID, "prp-1", CUSTOMER, "no", TODAY))
                .when(new WithdrawProposal(ID, "prp-1", VENDOR, null, TODAY, null))
                .expectException(rule("PROPOSAL_NOT_PENDING"))
                .expectNoEvents();
    }
}
