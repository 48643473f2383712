package com.vendorsla.command.agreement;

import com.vendorsla.command.support.Refusals;
import com.vendorsla.sharedkernel.agreement.command.ApproveRevision;
import com.vendorsla.sharedkernel.agreement.command.ProposeTerms;
import com.vendorsla.sharedkernel.agreement.command.SignAgreement;
import com.vendorsla.sharedkernel.agreement.event.AgreementActivated;
import com.vendorsla.sharedkernel.agreement.event.AgreementAssignedToVendor;
import com.vendorsla.sharedkernel.agreement.event.AgreementSigned;
import com.vendorsla.sharedkernel.agreement.event.RevisionApproved;
import com.vendorsla.sharedkernel.agreement.event.TermsProposed;
import com.vendorsla.sharedkernel.common.AuditMetadata;
import com.vendorsla.sharedkernel.vendor.AcquisitionId;
import com.vendorsla.sharedkernel.vendor.VendorId;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static com.vendorsla.sharedkernel.common.Party.CUSTOMER;
import static com.vendorsla.sharedkernel.common.Party.VENDOR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * api.md, Auth: a vendor's user (its vendor id in the command's metadata, {@link AuditMetadata#ACTING_VENDOR})
 * counter-proposes, signs and approves revisions on its own vendor's agreements only; another vendor's agreement
 * answers NOT_FOUND, as an unknown id would, before any other rule, and nothing is recorded.
 */
class VendorUserTest extends AgreementTest {

    static final VendorId OTHER_VENDOR = new VendorId("vnd-88888888-8888-4888-8888-888888888888");
    static final LocalDate APRIL = LocalDate.parse("2026-04-01");

    static Map<String, Object> actingFor(VendorId vendor) {
        return Map.of(AuditMetadata.ACTOR, "vendor-user", AuditMetadata.ROLE, "VENDOR",
                AuditMetadata.ACTING_VENDOR, vendor.value());
    }

    @Test
    void givenAProposalOfTheCustomer_whenTheAgreementsVendorCounterProposes_thenTheCounterProposalIsRecorded() {
        fixture.given(drafted(), proposed("prp-1", CUSTOMER, terms("99.95"), null))
                .when(new ProposeTerms(ID, "prp-2", VENDOR, terms("99.8"), "needs a second site", TODAY, null),
                        actingFor(VENDOR_ID))
                .expectEvents(new TermsProposed(ID, "prp-2", VENDOR, terms("99.8"), terms("99.8"), "needs a second site",
                        "prp-1", TODAY));
    }

    @Test
    void givenADraft_whenAnotherVendorsUserCounterProposes_thenNOT_FOUND() {
        assertThat(Refusals.codeOf(fixture.given(drafted(), proposed("prp-1", CUSTOMER, terms("99.95"), null)),
                new ProposeTerms(ID, "prp-2", VENDOR, terms("99.8"), "needs a second site", TODAY, null),
                actingFor(OTHER_VENDOR))).isEqualTo("NOT_FOUND");
    }

    @Test
    void givenAnActiveAgreement_whenAnotherVendorsUserProposes_thenNOT_FOUND_notTheRuleItWouldOtherwiseBreak() {
        // for its own vendor the same proposal is AGREEMENT_NOT_IN_NEGOTIATION: that answer would tell it the agreement exists
        assertThat(Refusals.codeOf(fixture.given(events(active())),
                new ProposeTerms(ID, "prp-2", VENDOR, terms("99.8"), "x", TODAY, null), actingFor(VENDOR_ID)))
                .isEqualTo("AGREEMENT_NOT_IN_NEGOTIATION");
        createFixture();
        assertThat(Refusals.codeOf(fixture.given(events(active())),
                new ProposeTerms(ID, "prp-2", VENDOR, terms("99.8"), "x", TODAY, null), actingFor(OTHER_VENDOR)))
                .isEqualTo("NOT_FOUND");
    }

    @Test
    void givenTheCustomersSignature_whenTheAgreementsVendorSigns_thenSigned_butAnotherVendorsUserIsNOT_FOUND() {
        fixture.given(drafted(), signed(CUSTOMER, null))
                .when(new SignAgreement(ID, VENDOR, "V. Seller", TODAY, null), actingFor(VENDOR_ID))
                .expectEvents(new AgreementSigned(ID, VENDOR, "V. Seller", null, TODAY),
                        new AgreementActivated(ID, 1, null, draftTerms(), draftTerms(), EFFECTIVE_FROM, null, TODAY));
        createFixture();
        assertThat(Refusals.codeOf(fixture.given(drafted(), signed(CUSTOMER, null)),
                new SignAgreement(ID, VENDOR, "V. Seller", TODAY, null), actingFor(OTHER_VENDOR)))
                .isEqualTo("NOT_FOUND");
    }

    @Test
    void givenAnOpenRevision_whenAnotherVendorsUserApproves_thenNOT_FOUND_andTheAgreementsVendorApproves() {
        assertThat(Refusals.codeOf(fixture.given(events(active(), revisionProposed(1, CUSTOMER, terms("99.95"), APRIL))),
                new ApproveRevision(ID, 1, VENDOR, TODAY, null), actingFor(OTHER_VENDOR))).isEqualTo("NOT_FOUND");
        createFixture();
        fixture.given(events(active(), revisionProposed(1, CUSTOMER, terms("99.95"), APRIL)))
                .when(new ApproveRevision(ID, 1, VENDOR, TODAY, null), actingFor(VENDOR_ID))
                .expectEvents(new RevisionApproved(ID, 1, VENDOR, TODAY));
    }

    @Test
    void givenAnAgreementAssignedToTheAcquirer_whenTheFormerVendorsUserApproves_thenNOT_FOUND_andTheAcquirersUserMay() {
        Object assigned = new AgreementAssignedToVendor(ID, VENDOR_ID, OTHER_VENDOR,
                new AcquisitionId("acq-44444444-4444-4444-8444-444444444444"), TODAY.minusSeconds(7200));
        assertThat(Refusals.codeOf(fixture.given(events(active(), assigned,
                        revisionProposed(1, CUSTOMER, terms("99.95"), APRIL))),
                new ApproveRevision(ID, 1, VENDOR, TODAY, null), actingFor(VENDOR_ID))).isEqualTo("NOT_FOUND");
        createFixture();
        fixture.given(events(active(), assigned, revisionProposed(1, CUSTOMER, terms("99.95"), APRIL)))
                .when(new ApproveRevision(ID, 1, VENDOR, TODAY, null), actingFor(OTHER_VENDOR))
                .expectEvents(new RevisionApproved(ID, 1, VENDOR, TODAY));
    }

    /**
     * If-Match of any value on another vendor's agreement answers NOT_FOUND, never a version conflict: 412 names the
     * version the agreement is at, which tells the vendor it exists. Ahead of it (999, 2), at it and behind it alike.
     */
    @Test
    void givenAnotherVendorsAgreement_whenItsUserWritesWithAnyIfMatch_thenNOT_FOUND_neverItsVersion() {
        for (Long ifMatch : new Long[]{999L, 2L, 1L, 0L}) {
            createFixture();
            assertThat(Refusals.codeOf(fixture.given(drafted(), proposed("prp-1", CUSTOMER, terms("99.95"), null)),
                    new ProposeTerms(ID, "prp-2", VENDOR, terms("99.8"), "needs a second site", TODAY, ifMatch),
                    actingFor(OTHER_VENDOR))).as("proposal, If-Match %s", ifMatch).isEqualTo("NOT_FOUND");
            createFixture();
            assertThat(Refusals.codeOf(fixture.given(drafted(), signed(CUSTOMER, null)),
                    new SignAgreement(ID, VENDOR, "V. Seller", TODAY, ifMatch), actingFor(OTHER_VENDOR)))
                    .as("signature, If-Match %s", ifMatch).isEqualTo("NOT_FOUND");
            createFixture();
            assertThat(Refusals.codeOf(fixture.given(events(active(),
                            revisionProposed(1, CUSTOMER, terms("99.95"), APRIL))),
                    new ApproveRevision(ID, 1, VENDOR, TODAY, ifMatch), actingFor(OTHER_VENDOR)))
                    .as("approval, If-Match %s", ifMatch).isEqualTo("NOT_FOUND");
        }
    }

    /** On its own agreement a stale If-Match, ahead of the agreement (999, 2) or behind it (0), is 412 as for anyone. */
    @Test
    void givenItsOwnAgreement_whenItsUserWritesWithAStaleIfMatch_thenAVersionConflictNamingTheCurrentVersion() {
        for (long ifMatch : new long[]{999, 2, 0}) {
            createFixture();
            ConflictingAggregateVersionException proposal = Refusals.versionConflictOf(
                    fixture.given(drafted(), proposed("prp-1", CUSTOMER, terms("99.95"), null)),
                    new ProposeTerms(ID, "prp-2", VENDOR, terms("99.8"), "needs a second site", TODAY, ifMatch),
                    actingFor(VENDOR_ID));
            assertThat(proposal.getActualVersion()).as("proposal, If-Match %s", ifMatch).isEqualTo(1);
            assertThat(proposal.getExpectedVersion()).isEqualTo(ifMatch);
            createFixture();
            assertThat(Refusals.versionConflictOf(fixture.given(drafted(), signed(CUSTOMER, null)),
                    new SignAgreement(ID, VENDOR, "V. Seller", TODAY, ifMatch), actingFor(VENDOR_ID)).getActualVersion())
                    .as("signature, If-Match %s", ifMatch).isEqualTo(1);
            createFixture();
            assertThat(Refusals.versionConflictOf(fixture.given(events(active(),
                            revisionProposed(1, CUSTOMER, terms("99.95"), APRIL))),
                    new ApproveRevision(ID, 1, VENDOR, TODAY, ifMatch), actingFor(VENDOR_ID)).getActualVersion())
                    .as("approval, If-Match %s", ifMatch).isEqualTo(4);
        }
        createFixture();
        fixture.given(drafted(), proposed("prp-1", CUSTOMER, terms("99.95"), null))
                .when(new ProposeTerms(ID, "prp-2", VENDOR, terms("99.8"), "needs a second site", TODAY, 1L),
                        actingFor(VENDOR_ID))
                .expectEvents(new TermsProposed(ID, "prp-2", VENDOR, terms("99.8"), terms("99.8"), "needs a second site",
                        "prp-1", TODAY));
    }

    @Test
    void givenACustomerUser_whenItsIfMatchIsAheadOfTheAgreement_thenAVersionConflictAsBefore() {
        assertThat(Refusals.versionConflictOf(fixture.given(drafted(), signed(CUSTOMER, null)),
                new SignAgreement(ID, VENDOR, "V. Seller", TODAY, 999L),
                Map.of(AuditMetadata.ACTOR, "manager", AuditMetadata.ROLE, "VENDOR_MANAGER")).getActualVersion())
                .isEqualTo(1);
    }

    @Test
    void givenACustomerUser_whenItRecordsTheVendorsSignature_thenNoVendorIsCompared() {
        fixture.given(drafted())
                .when(new SignAgreement(ID, VENDOR, "V. Seller", TODAY, null),
                        Map.of(AuditMetadata.ACTOR, "manager", AuditMetadata.ROLE, "VENDOR_MANAGER"))
                .expectEvents(new AgreementSigned(ID, VENDOR, "V. Seller", null, TODAY));
    }
}
