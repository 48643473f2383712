package com.vendorsla.sharedkernel.agreement.terms;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The full, immutable content of one agreement version (domain.md, glossary "terms").
 * <p>
 * For a {@code MULTI_LEVEL} child agreement any part may be left out (null): it is inherited from the parent.
 * Every other agreement states all of it; {@link TermsRules} says what "complete" means.
 *
 * @param currency                ISO-4217 code; money is rounded to its minor unit
 * @param monthlyCharge           what the customer pays per month; the base of every credit
 * @param renegotiationWindowDays days from an acquisition's effective date to renegotiate (default 90)
 */
public record AgreementTerms(
        String currency,
        BigDecimal monthlyCharge,
        Coverage coverage,
        List<ServiceLevel> serviceLevels,
        CreditPolicy creditPolicy,
        EarnBack earnBack,
        TerminationPolicy termination,
        Integer renegotiationWindowDays) {

    public static final int DEFAULT_RENEGOTIATION_WINDOW_DAYS = 90;

    public AgreementTerms {
        serviceLevels = serviceLevels == null ? null : List.copyOf(serviceLevels);
    }

    public Optional<ServiceLevel> serviceLevel(String id) {
        return serviceLevels == null ? Optional.empty()
                : serviceLevels.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public int renegotiationWindowDaysOrDefault() {
        return renegotiationWindowDays == null ? DEFAULT_RENEGOTIATION_WINDOW_DAYS : renegotiationWindowDays;
    }

    /**
     * The effective terms of a multi-level child: each part the child states overrides the parent's; service
     * levels are merged by id (the child's version of a service level replaces the parent's, new ones are added).
     */
    public AgreementTerms overriddenBy(AgreementTerms child) {
        return new AgreementTerms(
                child.currency != null ? child.currency : currency,
                child.monthlyCharge != null ? child.monthlyCharge : monthlyCharge,
                child.coverage != null ? child.coverage : coverage,
                mergeServiceLevels(serviceLevels, child.serviceLevels),
                child.creditPolicy != null ? child.creditPolicy : creditPolicy,
                child.earnBack != null ? child.earnBack : earnBack,
                child.termination != null ? child.termination : termination,
                child.renegotiationWindowDays != null ? child.renegotiationWindowDays : renegotiationWindowDays);
    }

    private static List<ServiceLevel> mergeServiceLevels(List<ServiceLevel> parent, List<ServiceLevel> child) {
        if (child == null) {
            return parent;
        }
        if (parent == null) {
            return child;
        }
        java.util.LinkedHashMap<String, ServiceLevel> merged = new java.util.LinkedHashMap<>();
        parent.forEach(s -> merged.put(s.id(), s));
        child.forEach(s -> merged.put(s.id(), s));
        return List.copyOf(merged.values());
    }
}
