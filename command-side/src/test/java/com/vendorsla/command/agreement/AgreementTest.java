package com.vendorsla.command.agreement;

import com.vendorsla.command.config.OwnershipFirstTargetResolver;
import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.AgreementStatus;
import com.vendorsla.sharedkernel.agreement.AgreementType;
import com.vendorsla.sharedkernel.agreement.RevisionReason;
import com.vendorsla.sharedkernel.agreement.TerminationRightCause;
import com.vendorsla.sharedkernel.agreement.event.AgreementActivated;
import com.vendorsla.sharedkernel.agreement.event.AgreementDrafted;
import com.vendorsla.sharedkernel.agreement.event.AgreementSigned;
import com.vendorsla.sharedkernel.agreement.event.RevisionAgreed;
import com.vendorsla.sharedkernel.agreement.event.RevisionApproved;
import com.vendorsla.sharedkernel.agreement.event.RevisionProposed;
import com.vendorsla.sharedkernel.agreement.event.TermsProposed;
import com.vendorsla.sharedkernel.agreement.event.TerminationRightGranted;
import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;
import com.vendorsla.sharedkernel.agreement.terms.Classification;
import com.vendorsla.sharedkernel.agreement.terms.Coverage;
import com.vendorsla.sharedkernel.agreement.terms.CreditPolicy;
import com.vendorsla.sharedkernel.agreement.terms.EarnBack;
import com.vendorsla.sharedkernel.agreement.terms.KpiDirection;
import com.vendorsla.sharedkernel.agreement.terms.ServiceLevel;
import com.vendorsla.sharedkernel.agreement.terms.ServiceLevelKind;
import com.vendorsla.sharedkernel.agreement.terms.Severity;
import com.vendorsla.sharedkernel.agreement.terms.TerminationPolicy;
import com.vendorsla.sharedkernel.common.BusinessRuleViolation;
import com.vendorsla.sharedkernel.common.Party;
import com.vendorsla.sharedkernel.vendor.VendorId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Shared fixture and builders of the Agreement's behaviour tests: one agreement drafted on 2026-01-05 for the
 * contract running from 2026-01-01, decisions taken on {@link #TODAY} (2026-03-10, 09:00 UTC) unless a test says
 * otherwise. Parents of MULTI_LEVEL children are given through {@link #parents}.
 */
abstract class AgreementTest {

    static final AgreementId ID = new AgreementId("agr-11111111-1111-4111-8111-111111111111");
    static final AgreementId PARENT_ID = new AgreementId("agr-22222222-2222-4222-8222-222222222222");
    static final VendorId VENDOR_ID = new VendorId("vnd-33333333-3333-4333-8333-333333333333");
    static final LocalDate EFFECTIVE_FROM = LocalDate.parse("2026-01-01");
    static final Instant DRAFTED_AT = Instant.parse("2026-01-05T10:00:00Z");
    static final Instant TODAY = Instant.parse("2026-03-10T09:00:00Z");

    protected FixtureConfiguration<Agreement> fixture;
    protected final Map<AgreementId, ParentAgreements.Parent> parents = new HashMap<>();

    @BeforeEach
    void createFixture() {
        fixture = new AggregateTestFixture<>(Agreement.class);
        fixture.registerCommandTargetResolver(new OwnershipFirstTargetResolver()); // as @Aggregate names it
        fixture.registerInjectableResource((ParentAgreements) id -> {
            ParentAgreements.Parent parent = parents.get(id);
            if (parent == null) {
                throw new BusinessRuleViolation(AgreementRules.PARENT_AGREEMENT_NOT_FOUND, "no agreement " + id);
            }
            return parent;
        });
        fixture.givenCurrentTime(TODAY);
    }

    // ---- terms ------------------------------------------------------------------------------------------------

    /** api.md's example terms, with the availability target given and the coverage in {@code timeZone}. */
    static AgreementTerms terms(String availabilityTarget, String timeZone) {
        return new AgreementTerms("EUR", new BigDecimal("100000.00"), Coverage.allHours(timeZone),
                List.of(availability(availabilityTarget),
                        new ServiceLevel("urgent-response", null, ServiceLevelKind.RESPONSE_TIME, Severity.URGENT, 60,
                                null, new BigDecimal("95"), null, null, Classification.CRITICAL, new BigDecimal("40")),
                        new ServiceLevel("fcr", null, ServiceLevelKind.KPI, null, null, KpiDirection.HIGHER_IS_BETTER,
                                new BigDecimal("70"), null, null, Classification.KEY, null)),
                CreditPolicy.pool(new BigDecimal("10"), new BigDecimal("150")), new EarnBack(3),
                new TerminationPolicy(2, 3, 60), 90);
    }

    static AgreementTerms terms(String availabilityTarget) {
        return terms(availabilityTarget, "UTC");
    }

    static AgreementTerms draftTerms() {
        return terms("99.9");
    }

    static ServiceLevel availability(String target) {
        return new ServiceLevel("availability", "Platform availability", ServiceLevelKind.AVAILABILITY, null, null,
                null, new BigDecimal(target), new BigDecimal("99.0"), null, Classification.CRITICAL,
                new BigDecimal("50"));
    }

    /** Terms that break a rule: allocations of 160 % in a pool of 150 %. */
    static AgreementTerms termsOverThePool() {
        AgreementTerms valid = draftTerms();
        List<ServiceLevel> levels = new ArrayList<>(valid.serviceLevels());
        levels.add(new ServiceLevel("resolution", null, ServiceLevelKind.RESOLUTION_TIME, Severity.URGENT, 240, null,
                new BigDecimal("90"), null, null, Classification.CRITICAL, new BigDecimal("70")));
        return new AgreementTerms(valid.currency(), valid.monthlyCharge(), valid.coverage(), levels,
                valid.creditPolicy(), valid.earnBack(), valid.termination(), valid.renegotiationWindowDays());
    }

    // ---- event histories --------------------------------------------------------------------------------------

    static AgreementDrafted drafted(LocalDate effectiveTo) {
        return drafted(effectiveTo, draftTerms());
    }

    static AgreementDrafted drafted(LocalDate effectiveTo, AgreementTerms terms) {
        return new AgreementDrafted(ID, VENDOR_ID, "Core hosting", AgreementType.SERVICE_BASED, "Finance IT",
                EFFECTIVE_FROM, effectiveTo, null, null, terms, terms, DRAFTED_AT);
    }

    static AgreementDrafted drafted() {
        return drafted(null);
    }

    static TermsProposed proposed(String proposalId, Party party, AgreementTerms terms, String counters) {
        return new TermsProposed(ID, proposalId, party, terms, terms, "because", counters, DRAFTED_AT.plusSeconds(60));
    }

    static AgreementSigned signed(Party party, String proposalId) {
        return new AgreementSigned(ID, party, party == Party.CUSTOMER ? "C. Buyer" : "V. Seller", proposalId,
                DRAFTED_AT.plusSeconds(3600));
    }

    static AgreementActivated activated(LocalDate effectiveTo, AgreementTerms terms) {
        return new AgreementActivated(ID, 1, null, terms, terms, EFFECTIVE_FROM, effectiveTo,
                DRAFTED_AT.plusSeconds(3600));
    }

    /** Drafted, signed by both on the draft's terms, ACTIVE with version 1 from 2026-01-01. */
    static List<Object> active(LocalDate effectiveTo) {
        return active(effectiveTo, draftTerms());
    }

    static List<Object> active(LocalDate effectiveTo, AgreementTerms terms) {
        return List.of(drafted(effectiveTo, terms), signed(Party.CUSTOMER, null), signed(Party.VENDOR, null),
                activated(effectiveTo, terms));
    }

    static List<Object> active() {
        return active(null);
    }

    static RevisionProposed revisionProposed(int number, Party by, AgreementTerms terms, LocalDate effectiveFrom) {
        return new RevisionProposed(ID, number, by, RevisionReason.ANNUAL_REVIEW, terms, terms, effectiveFrom,
                "yearly review", TODAY.minusSeconds(3600));
    }

    /** Revision {@code number} proposed by the customer, approved by both: version {@code number + 1}. */
    static List<Object> revisionAgreed(int number, AgreementTerms terms, LocalDate effectiveFrom) {
        return List.of(revisionProposed(number, Party.CUSTOMER, terms, effectiveFrom),
                new RevisionApproved(ID, number, Party.CUSTOMER, TODAY.minusSeconds(3000)),
                new RevisionApproved(ID, number, Party.VENDOR, TODAY.minusSeconds(2000)),
                new RevisionAgreed(ID, number, number + 1, RevisionReason.ANNUAL_REVIEW, terms, terms, effectiveFrom,
                        TODAY.minusSeconds(2000)));
    }

    static TerminationRightGranted rightGranted(String rightId, LocalDate exerciseBy) {
        return new TerminationRightGranted(ID, rightId, "availability", TerminationRightCause.BREACHES,
                List.of(YearMonth.of(2026, 1), YearMonth.of(2026, 2)), LocalDate.parse("2026-03-02"), exerciseBy,
                Instant.parse("2026-03-02T08:00:00Z"));
    }

    static Object[] events(Object... parts) {
        List<Object> all = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof List<?> list) {
                all.addAll(list);
            } else {
                all.add(part);
            }
        }
        return all.toArray();
    }

    static List<Object> concat(List<?>... lists) {
        List<Object> all = new ArrayList<>();
        Arrays.stream(lists).forEach(all::addAll);
        return all;
    }

    static ParentAgreements.Parent parent(AgreementStatus status, AgreementTerms terms) {
        return new ParentAgreements.Parent(status, terms);
    }

    // ---- expectations -----------------------------------------------------------------------------------------

    /** A broken rule with this code. */
    static Matcher<Object> rule(String code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof BusinessRuleViolation violation && violation.code().equals(code);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a BusinessRuleViolation with code ").appendValue(code);
            }

            @Override
            protected void describeMismatchSafely(Object item, Description mismatch) {
                mismatch.appendText("was ").appendValue(item instanceof BusinessRuleViolation violation
                        ? violation.code() + ": " + violation.getMessage() : item);
            }
        };
    }
}
