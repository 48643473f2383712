package com.vendorsla.command.agreement;

import com.vendorsla.sharedkernel.agreement.AgreementStatus;
import com.vendorsla.sharedkernel.agreement.AgreementType;
import com.vendorsla.sharedkernel.agreement.RevisionReason;
import com.vendorsla.sharedkernel.agreement.command.ProposeRevision;
import com.vendorsla.sharedkernel.agreement.command.ProposeTerms;
import com.vendorsla.sharedkernel.agreement.command.SignAgreement;
import com.vendorsla.sharedkernel.agreement.event.AgreementActivated;
import com.vendorsla.sharedkernel.agreement.event.AgreementDrafted;
import com.vendorsla.sharedkernel.agreement.event.AgreementSigned;
import com.vendorsla.sharedkernel.agreement.event.RevisionProposed;
import com.vendorsla.sharedkernel.agreement.event.TermsProposed;
import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;
import com.vendorsla.sharedkernel.agreement.terms.Classification;
import com.vendorsla.sharedkernel.agreement.terms.KpiDirection;
import com.vendorsla.sharedkernel.agreement.terms.ServiceLevel;
import com.vendorsla.sharedkernel.agreement.terms.ServiceLevelKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static com.vendorsla.sharedkernel.common.Party.CUSTOMER;
import static com.vendorsla.sharedkernel.common.Party.VENDOR;

/**
 * A MULTI_LEVEL child states only what it overrides: its proposals, signature and revisions carry its own terms
 * and the complete terms they amount to over the parent's current terms.
 */
class MultiLevelTest extends AgreementTest {

    private static final AgreementTerms OWN_CHARGE = own(new BigDecimal("20000.00"), null);

    private static AgreementTerms own(BigDecimal monthlyCharge, List<ServiceLevel> serviceLevels) {
        return new AgreementTerms(null, monthlyCharge, null, serviceLevels, null, null, null, null);
    }

    private static AgreementDrafted childDrafted() {
        return new AgreementDrafted(ID, VENDOR_ID, "Finance hosting", AgreementType.MULTI_LEVEL, "Finance IT",
                EFFECTIVE_FROM, null, PARENT_ID, null, OWN_CHARGE, draftTerms().overriddenBy(OWN_CHARGE), DRAFTED_AT);
    }

    @Test
    void givenAChild_whenItProposesAStricterAvailability_thenTheProposalIsItsOwnTermsOverTheParents() {
        parents.put(PARENT_ID, parent(AgreementStatus.ACTIVE, draftTerms()));
        AgreementTerms proposal = own(null, List.of(availability("99.95")));
        fixture.given(childDrafted())
                .when(new ProposeTerms(ID, "prp-1", CUSTOMER, proposal, "finance runs the month-end close", TODAY, null))
                .expectEvents(new TermsProposed(ID, "prp-1", CUSTOMER, proposal, draftTerms().overriddenBy(proposal),
                        "finance runs the month-end close", null, TODAY));
    }

    @Test
    void givenAChild_whenItsOwnTermsGiveAKeyServiceLevelAnAllocation_thenKEY_SERVICE_LEVEL_WITH_ALLOCATION() {
        parents.put(PARENT_ID, parent(AgreementStatus.ACTIVE, draftTerms()));
        ServiceLevel keyWithMoney = new ServiceLevel("csat", null, ServiceLevelKind.KPI, null, null, KpiDirection.HIGHER_IS_BETTER,
                new BigDecimal("80"), null, null, Classification.KEY, new BigDecimal("10"));
        fixture.given(childDrafted())
                .when(new ProposeTerms(ID, "prp-1", CUSTOMER, own(null, List.of(keyWithMoney)), "survey", TODAY, null))
                .expectException(rule("KEY_SERVICE_LEVEL_WITH_ALLOCATION"))
                .expectNoEvents();
    }

    @Test
    void givenAChildUnderAnActiveParent_whenBothSign_thenVersion1KeepsItsOwnAndItsCompleteTerms() {
        parents.put(PARENT_ID, parent(AgreementStatus.ACTIVE, draftTerms()));
        fixture.given(childDrafted(), signed(VENDOR, null))
                .when(new SignAgreement(ID, CUSTOMER, "C. Buyer", TODAY, null))
                .expectEvents(new AgreementSigned(ID, CUSTOMER, "C. Buyer", null, TODAY),
                        new AgreementActivated(ID, 1, null, OWN_CHARGE, draftTerms().overriddenBy(OWN_CHARGE),
                                EFFECTIVE_FROM, null, TODAY));
    }

    @Test
    void givenAnActiveChild_whenRevised_thenTheRevisionBuildsOnTheParentsCurrentTerms() {
        AgreementTerms parentRevised = terms("99.95");
        parents.put(PARENT_ID, parent(AgreementStatus.ACTIVE, parentRevised));
        AgreementTerms newCharge = own(new BigDecimal("25000.00"), null);
        LocalDate april = LocalDate.parse("2026-04-01");
        fixture.given(childDrafted(), signed(CUSTOMER, null), signed(VENDOR, null),
                        new AgreementActivated(ID, 1, null, OWN_CHARGE, draftTerms().overriddenBy(OWN_CHARGE),
                                EFFECTIVE_FROM, null, DRAFTED_AT))
                .when(new ProposeRevision(ID, CUSTOMER, newCharge, RevisionReason.ANNUAL_REVIEW, april, null, TODAY, null))
                .expectEvents(new RevisionProposed(ID, 1, CUSTOMER, RevisionReason.ANNUAL_REVIEW, newCharge,
                        parentRevised.overriddenBy(newCharge), april, null, TODAY));
    }
}
