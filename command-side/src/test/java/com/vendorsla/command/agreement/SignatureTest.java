package com.vendorsla.command.agreement;

import com.vendorsla.sharedkernel.agreement.AgreementStatus;
import com.vendorsla.sharedkernel.agreement.AgreementType;
import com.vendorsla.sharedkernel.agreement.command.SignAgreement;
import com.vendorsla.sharedkernel.agreement.event.AgreementActivated;
import com.vendorsla.sharedkernel.agreement.event.AgreementDrafted;
import com.vendorsla.sharedkernel.agreement.event.AgreementSigned;
import com.vendorsla.sharedkernel.agreement.event.ProposalAccepted;
import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static com.vendorsla.sharedkernel.common.Party.CUSTOMER;
import static com.vendorsla.sharedkernel.common.Party.VENDOR;

/** Each party signs the terms on the table; both signatures activate the agreement with version 1. */
class SignatureTest extends AgreementTest {

    @Test
    void givenADraft_whenOnePartySigns_thenOnlyTheSignatureIsRecorded() {
        fixture.given(drafted())
                .when(new SignAgreement(ID, CUSTOMER, " C. Buyer ", TODAY, null))
                .expectEvents(new AgreementSigned(ID, CUSTOMER, "C. Buyer", null, TODAY))
                .expectNoScheduledDeadlines();
    }

    @Test
    void givenTheCustomersSignature_whenTheVendorSigns_thenActiveWithVersion1OfTheDraftTermsFromEffectiveFrom() {
        LocalDate effectiveTo = LocalDate.parse("2027-12-31");
        fixture.given(drafted(effectiveTo), signed(CUSTOMER, null))
                .when(new SignAgreement(ID, VENDOR, "V. Seller", TODAY, null))
                .expectEvents(new AgreementSigned(ID, VENDOR, "V. Seller", null, TODAY),
                        new AgreementActivated(ID, 1, null, draftTerms(), draftTerms(), EFFECTIVE_FROM, effectiveTo, TODAY))
                .expectScheduledDeadline(Instant.parse("2028-01-01T00:00:00Z"),
                        new ExpiryDue(effectiveTo, Instant.parse("2028-01-01T00:00:00Z")));
    }

    @Test
    void givenAnAcceptedCounterProposal_whenBothSign_thenVersion1IsTheAcceptedTerms() {
        fixture.given(drafted(), proposed("prp-1", VENDOR, terms("99.8"), null),
                        new ProposalAccepted(ID, "prp-1", CUSTOMER, TODAY), signed(VENDOR, "prp-1"))
                .when(new SignAgreement(ID, CUSTOMER, "C. Buyer", TODAY, null))
                .expectEvents(new AgreementSigned(ID, CUSTOMER, "C. Buyer", "prp-1", TODAY),
                        new AgreementActivated(ID, 1, "prp-1", terms("99.8"), terms("99.8"), EFFECTIVE_FROM, null, TODAY))
                .expectNoScheduledDeadlines();
    }

    @Test
    void givenASignatureOnTheDraft_whenAProposalIsAcceptedAfterwards_thenThatSignatureNoLongerCounts() {
        fixture.given(drafted(), signed(CUSTOMER, null), proposed("prp-1", VENDOR, terms("99.8"), null),
                        new ProposalAccepted(ID, "prp-1", CUSTOMER, TODAY))
                .when(new SignAgreement(ID, VENDOR, "V. Seller", TODAY, null))
                .expectEvents(new AgreementSigned(ID, VENDOR, "V. Seller", "prp-1", TODAY));
    }

    @Test
    void givenAPendingProposal_whenAPartySigns_thenPROPOSAL_PENDING() {
        fixture.given(drafted(), proposed("prp-1", VENDOR, terms("99.8"), null))
                .when(new SignAgreement(ID, CUSTOMER, "C. Buyer", TODAY, null))
                .expectException(rule("PROPOSAL_PENDING"))
                .expectNoEvents();
    }

    @Test
    void givenTheCustomersSignature_whenTheCustomerSignsAgain_thenALREADY_SIGNED() {
        fixture.given(drafted(), signed(CUSTOMER, null))
                .when(new SignAgreement(ID, CUSTOMER, "Someone Else", TODAY, null))
                .expectException(rule("ALREADY_SIGNED"))
                .expectNoEvents();
    }

    @Test
    void givenADraft_whenASignatureNamesNoSignatory_thenSIGNATORY_REQUIRED() {
        fixture.given(drafted())
                .when(new SignAgreement(ID, CUSTOMER, " ", TODAY, null))
                .expectException(rule("SIGNATORY_REQUIRED"))
                .expectNoEvents();
    }

    @Test
    void givenAnActiveAgreement_whenAPartySigns_thenAGREEMENT_NOT_IN_NEGOTIATION() {
        fixture.given(active())
                .when(new SignAgreement(ID, CUSTOMER, "C. Buyer", TODAY, null))
                .expectException(rule("AGREEMENT_NOT_IN_NEGOTIATION"))
                .expectNoEvents();
    }

    @Test
    void givenAMultiLevelChildWhoseParentIsStillNegotiating_whenBothSign_thenPARENT_NOT_ACTIVE() {
        AgreementTerms own = new AgreementTerms(null, new java.math.BigDecimal("20000.00"), null, null, null, null,
                null, null);
        parents.put(PARENT_ID, parent(AgreementStatus.NEGOTIATION, draftTerms()));
        fixture.given(new AgreementDrafted(ID, VENDOR_ID, "Finance hosting", AgreementType.MULTI_LEVEL, "Finance IT",
                        EFFECTIVE_FROM, null, PARENT_ID, null, own, draftTerms().overriddenBy(own), DRAFTED_AT))
                .when(new SignAgreement(ID, CUSTOMER, "C. Buyer", TODAY, null))
                .expectException(rule("PARENT_NOT_ACTIVE"))
                .expectNoEvents();
    }
}
