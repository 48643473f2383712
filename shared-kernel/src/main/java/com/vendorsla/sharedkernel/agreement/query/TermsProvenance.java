package com.vendorsla.sharedkernel.agreement.query;

import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;
import com.vendorsla.sharedkernel.agreement.terms.ServiceLevel;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * For a MULTI_LEVEL child: per part of its effective terms, and per service level id, whether the child states it
 * or inherits it from its parent ({@link AgreementTerms#overriddenBy}: a part the child states replaces the
 * parent's; service levels are merged by id).
 *
 * @param parts         currency, monthlyCharge, coverage, creditPolicy, earnBack, termination, renegotiationWindowDays
 * @param serviceLevels per service level id of the effective terms
 */
public record TermsProvenance(Map<String, TermSource> parts, Map<String, TermSource> serviceLevels) {

    public TermsProvenance {
        parts = Map.copyOf(parts);
        serviceLevels = Map.copyOf(serviceLevels);
    }

    public static TermsProvenance of(String agreementId, String parentAgreementId, AgreementTerms own,
                                     AgreementTerms effective) {
        AgreementTerms stated = own == null
                ? new AgreementTerms(null, null, null, null, null, null, null, null) : own;
        Map<String, TermSource> parts = new LinkedHashMap<>();
        part(parts, "currency", stated, AgreementTerms::currency, agreementId, parentAgreementId);
        part(parts, "monthlyCharge", stated, AgreementTerms::monthlyCharge, agreementId, parentAgreementId);
        part(parts, "coverage", stated, AgreementTerms::coverage, agreementId, parentAgreementId);
        part(parts, "creditPolicy", stated, AgreementTerms::creditPolicy, agreementId, parentAgreementId);
        part(parts, "earnBack", stated, AgreementTerms::earnBack, agreementId, parentAgreementId);
        part(parts, "termination", stated, AgreementTerms::termination, agreementId, parentAgreementId);
        part(parts, "renegotiationWindowDays", stated, AgreementTerms::renegotiationWindowDays, agreementId,
                parentAgreementId);
        Map<String, TermSource> levels = new LinkedHashMap<>();
        if (effective != null && effective.serviceLevels() != null) {
            for (ServiceLevel level : effective.serviceLevels()) {
                levels.put(level.id(), stated.serviceLevel(level.id()).isPresent()
                        ? TermSource.own(agreementId) : TermSource.parent(parentAgreementId));
            }
        }
        return new TermsProvenance(parts, levels);
    }

    private static void part(Map<String, TermSource> parts, String name, AgreementTerms own,
                             Function<AgreementTerms, Object> part, String agreementId, String parentAgreementId) {
        parts.put(name, part.apply(own) != null ? TermSource.own(agreementId) : TermSource.parent(parentAgreementId));
    }
}
