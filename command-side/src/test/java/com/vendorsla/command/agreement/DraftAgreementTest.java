package com.vendorsla.command.agreement;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.AgreementType;
import com.vendorsla.sharedkernel.agreement.command.DraftAgreement;
import com.vendorsla.sharedkernel.agreement.event.AgreementDrafted;
import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;
import com.vendorsla.sharedkernel.agreement.terms.CreditPolicy;
import com.vendorsla.sharedkernel.agreement.terms.TermsRules;
import com.vendorsla.sharedkernel.common.RuleViolation;
import com.vendorsla.sharedkernel.vendor.VendorId;
import com.vendorsla.sharedkernel.vendor.event.VendorRegistered;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static com.vendorsla.sharedkernel.testsupport.TermsExamples.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Drafting an agreement (domain.md, Agreement lifecycle): who it is with, what kind, and whether its terms hold. */
class DraftAgreementTest {

    static final VendorId ACME = VendorId.of(UUID.fromString("0b0e8d1e-1f6a-4a43-9a51-1c2d3e4f5a6b"));
    static final AgreementId CORE_HOSTING = AgreementId.of(UUID.fromString("1c1f9e2f-2a7b-4b54-8b62-2d3e4f5a6b7c"));
    static final AgreementId CORPORATE = AgreementId.of(UUID.fromString("2d2a0f3a-3b8c-4c65-9c73-3e4f5a6b7c8d"));
    static final AgreementId DESKTOP_OLA = AgreementId.of(UUID.fromString("3e3b1a4b-4c9d-4d76-8d84-4f5a6b7c8d9e"));
    static final LocalDate NEW_YEAR = LocalDate.of(2026, 1, 1);
    static final Instant DRAFTED_AT = Instant.parse("2026-02-03T10:00:00Z");

    private DraftingFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new DraftingFixture();
    }

    private void givenAcmeRegistered() {
        fixture.given("Vendor", ACME.value(), new VendorRegistered(ACME, "Acme Hosting", "DE", null, DRAFTED_AT.minusSeconds(3600)));
    }

    private void givenDrafted(AgreementId id, AgreementType type, AgreementTerms terms) {
        fixture.given("Agreement", id.value(), new AgreementDrafted(id, ACME, "Drafted earlier", type, null, NEW_YEAR, null,
                null, null, terms, terms, DRAFTED_AT.minusSeconds(60)));
    }

    private static DraftAgreement draft(AgreementType type, AgreementTerms terms) {
        return new DraftAgreement(CORE_HOSTING, ACME, "Core hosting", type, "Finance IT", NEW_YEAR, null, null, null, terms, DRAFTED_AT);
    }

    private static DraftAgreement period(LocalDate from, LocalDate to) {
        return new DraftAgreement(CORE_HOSTING, ACME, "Core hosting", AgreementType.SERVICE_BASED, null, from, to, null, null, poolTerms(), DRAFTED_AT);
    }

    private static DraftAgreement child(AgreementId parent, AgreementTerms terms) {
        return new DraftAgreement(CORE_HOSTING, ACME, "Finance hosting", AgreementType.MULTI_LEVEL, "Finance IT", NEW_YEAR, null,
                parent, null, terms, DRAFTED_AT);
    }

    private static DraftAgreement ola(AgreementId underpins) {
        return new DraftAgreement(CORE_HOSTING, ACME, "Desk-side support", AgreementType.OLA, "Service desk", NEW_YEAR, null,
                null, underpins, poolTerms(), DRAFTED_AT);
    }

    @Test
    void givenARegisteredVendor_whenDraftingWithApiMdTerms_thenTheDraftRecordsThemAsEnteredAndAsEffective() {
        givenAcmeRegistered();
        fixture.when(new DraftAgreement(CORE_HOSTING, ACME, "  Core hosting ", AgreementType.SERVICE_BASED, "Finance IT",
                        NEW_YEAR, LocalDate.of(2028, 12, 31), null, null, poolTerms(), DRAFTED_AT))
                .expectEvents(new AgreementDrafted(CORE_HOSTING, ACME, "Core hosting", AgreementType.SERVICE_BASED, "Finance IT",
                        NEW_YEAR, LocalDate.of(2028, 12, 31), null, null, poolTerms(), poolTerms(), DRAFTED_AT));
    }

    @Test
    void givenARegisteredVendor_whenDraftingBusinessHoursAndTieredCreditsWithEveryKindOfServiceLevel_thenItIsDrafted() {
        givenAcmeRegistered();
        fixture.when(draft(AgreementType.CUSTOMER_BASED, tieredBusinessHoursTerms()))
                .expectEvents(new AgreementDrafted(CORE_HOSTING, ACME, "Core hosting", AgreementType.CUSTOMER_BASED, "Finance IT",
                        NEW_YEAR, null, null, null, tieredBusinessHoursTerms(), tieredBusinessHoursTerms(), DRAFTED_AT));
    }

    @Test
    void givenAMultiLevelParent_whenDraftingAChildThatOverridesTheCharge_thenTheEffectiveTermsInheritTheRest() {
        givenAcmeRegistered();
        givenDrafted(CORPORATE, AgreementType.MULTI_LEVEL, poolTerms());
        AgreementTerms childTerms = onlyMonthlyCharge("40000.00");
        fixture.when(child(CORPORATE, childTerms))
                .expectEvents(new AgreementDrafted(CORE_HOSTING, ACME, "Finance hosting", AgreementType.MULTI_LEVEL, "Finance IT",
                        NEW_YEAR, null, CORPORATE, null, childTerms, withMonthlyCharge(poolTerms(), dec("40000.00")), DRAFTED_AT));
    }

    @Test
    void givenAnExternalAgreement_whenDraftingAnOlaThatUnderpinsIt_thenItIsDrafted() {
        givenAcmeRegistered();
        givenDrafted(CORPORATE, AgreementType.SERVICE_BASED, poolTerms());
        fixture.when(ola(CORPORATE))
                .expectEvents(new AgreementDrafted(CORE_HOSTING, ACME, "Desk-side support", AgreementType.OLA, "Service desk",
                        NEW_YEAR, null, null, CORPORATE, poolTerms(), poolTerms(), DRAFTED_AT));
    }

    @Test
    void givenNoSuchVendor_whenDrafting_thenVendorNotFound() {
        fixture.when(draft(AgreementType.SERVICE_BASED, poolTerms())).expectRejection(AgreementRules.VENDOR_NOT_FOUND);
    }

    @Test
    void givenAVendor_whenTheAgreementEndsBeforeItStarts_thenInvalidEffectivePeriod() {
        givenAcmeRegistered();
        fixture.when(period(NEW_YEAR, NEW_YEAR)).expectRejection(AgreementRules.INVALID_EFFECTIVE_PERIOD);
    }

    @Test
    void givenAVendor_whenADateLiesBeyondTheCalendarReadModelsKeep_thenInvalidEffectivePeriod() {
        givenAcmeRegistered();
        fixture.when(period(LocalDate.of(10000, 1, 1), null)).expectRejection(AgreementRules.INVALID_EFFECTIVE_PERIOD);
        fixture.when(period(NEW_YEAR, LocalDate.of(9999999, 1, 1))).expectRejection(AgreementRules.INVALID_EFFECTIVE_PERIOD);
        fixture.when(period(LocalDate.of(1899, 12, 31), null)).expectRejection(AgreementRules.INVALID_EFFECTIVE_PERIOD);
    }

    @Test
    void givenAVendor_whenAServiceBasedAgreementNamesAParent_thenParentNotAllowed() {
        givenAcmeRegistered();
        givenDrafted(CORPORATE, AgreementType.MULTI_LEVEL, poolTerms());
        fixture.when(new DraftAgreement(CORE_HOSTING, ACME, "Core hosting", AgreementType.SERVICE_BASED, null, NEW_YEAR, null,
                CORPORATE, null, poolTerms(), DRAFTED_AT)).expectRejection(AgreementRules.PARENT_NOT_ALLOWED);
    }

    @Test
    void givenAVendor_whenAnAgreementOtherThanAnOlaUnderpinsAnother_thenUnderpinsOnlyForOla() {
        givenAcmeRegistered();
        givenDrafted(CORPORATE, AgreementType.SERVICE_BASED, poolTerms());
        fixture.when(new DraftAgreement(CORE_HOSTING, ACME, "Core hosting", AgreementType.CUSTOMER_BASED, null, NEW_YEAR, null,
                null, CORPORATE, poolTerms(), DRAFTED_AT)).expectRejection(AgreementRules.UNDERPINS_ONLY_FOR_OLA);
    }

    @Test
    void givenAVendor_whenAnOlaUnderpinsAnUnknownAgreement_thenUnderpinnedAgreementNotFound() {
        givenAcmeRegistered();
        fixture.when(ola(DESKTOP_OLA)).expectRejection(AgreementRules.UNDERPINNED_AGREEMENT_NOT_FOUND);
    }

    @Test
    void givenAVendor_whenAChildNamesAnUnknownParent_thenParentAgreementNotFound() {
        givenAcmeRegistered();
        fixture.when(child(CORPORATE, onlyMonthlyCharge("40000.00"))).expectRejection(AgreementRules.PARENT_AGREEMENT_NOT_FOUND);
    }

    @Test
    void givenAServiceBasedAgreement_whenAChildNamesItAsParent_thenParentNotMultiLevel() {
        givenAcmeRegistered();
        givenDrafted(CORPORATE, AgreementType.SERVICE_BASED, poolTerms());
        fixture.when(child(CORPORATE, onlyMonthlyCharge("40000.00"))).expectRejection(AgreementRules.PARENT_NOT_MULTI_LEVEL);
    }

    @Test
    void givenAVendor_whenTheAllocationsExceedThePool_thenAllocationExceedsPoolWithEveryViolationListed() {
        givenAcmeRegistered();
        AgreementTerms terms = withServiceLevel(withCreditPolicy(poolTerms(), CreditPolicy.pool(dec("10"), dec("80"))),
                2, s -> allocation(s, "5"));
        DraftingFixture.Result result = fixture.when(draft(AgreementType.SERVICE_BASED, terms))
                .expectRejection(TermsRules.KEY_SERVICE_LEVEL_WITH_ALLOCATION);
        assertThat(result.violation().violations()).extracting(RuleViolation::code, RuleViolation::field).containsExactly(
                tuple(TermsRules.KEY_SERVICE_LEVEL_WITH_ALLOCATION, "terms.serviceLevels[2].allocationPercent"),
                tuple(TermsRules.ALLOCATION_EXCEEDS_POOL, "terms.serviceLevels"));
    }

    @Test
    void givenAVendor_whenTermsAreIncomplete_thenTermsIncomplete() {
        givenAcmeRegistered();
        fixture.when(draft(AgreementType.SERVICE_BASED, onlyMonthlyCharge("40000.00"))).expectRejection(TermsRules.TERMS_INCOMPLETE);
    }

    @Test
    void givenAMultiLevelParent_whenTheChildsOwnPartIsBroken_thenThatRuleIsNamed() {
        givenAcmeRegistered();
        givenDrafted(CORPORATE, AgreementType.MULTI_LEVEL, poolTerms());
        fixture.when(child(CORPORATE, onlyMonthlyCharge("-1"))).expectRejection(TermsRules.INVALID_AMOUNT);
    }

    @Test
    void givenAMultiLevelParent_whenTheChildsServiceLevelPushesTheMergedAllocationsOverThePool_thenAllocationExceedsPool() {
        givenAcmeRegistered();
        givenDrafted(CORPORATE, AgreementType.MULTI_LEVEL, poolTerms());
        AgreementTerms childTerms = new AgreementTerms(null, null, null, List.of(allocation(highResolution(), "70")), null, null, null, null);
        DraftingFixture.Result result = fixture.when(child(CORPORATE, childTerms))
                .expectRejection(TermsRules.ALLOCATION_EXCEEDS_POOL);
        assertThat(result.violation().getMessage()).isEqualTo("allocations of critical service levels sum to 160 %, more than the pool of 150 %");
    }
}
