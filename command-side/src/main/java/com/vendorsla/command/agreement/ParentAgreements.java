package com.vendorsla.command.agreement;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.AgreementStatus;
import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;
import com.vendorsla.sharedkernel.agreement.terms.TermsRules;
import com.vendorsla.sharedkernel.common.BusinessRuleViolation;
import com.vendorsla.sharedkernel.common.RuleViolation;

import java.util.List;

/**
 * What a MULTI_LEVEL child needs of its parent when it proposes, signs or revises: the parent's status and its
 * current complete terms (its latest agreed version, or its terms on the table before signature).
 */
public interface ParentAgreements {

    Parent parent(AgreementId parentAgreementId);

    record Parent(AgreementStatus status, AgreementTerms currentTerms) {
    }

    /**
     * Validates terms as stated and returns the complete terms they amount to: a MULTI_LEVEL child's own terms
     * over its parent's current terms, anyone else's (no {@code parentAgreementId}) as they are.
     */
    default AgreementTerms completeTerms(AgreementId parentAgreementId, AgreementTerms stated) {
        if (parentAgreementId == null) {
            requireValid(TermsRules.validate(stated));
            return stated;
        }
        requireValid(TermsRules.validatePartial(stated));
        AgreementTerms effective = parent(parentAgreementId).currentTerms().overriddenBy(stated);
        requireValid(TermsRules.validate(effective));
        return effective;
    }

    /** A child takes effect under an active parent; an agreement without one ({@code null}) needs none. */
    default void requireActiveParent(AgreementId parentAgreementId) {
        if (parentAgreementId != null) {
            AgreementStatus parentStatus = parent(parentAgreementId).status();
            if (parentStatus != AgreementStatus.ACTIVE) {
                throw new BusinessRuleViolation(AgreementRules.PARENT_NOT_ACTIVE, "the parent agreement "
                        + parentAgreementId + " is " + parentStatus + ": a child takes effect under an active parent");
            }
        }
    }

    private static void requireValid(List<RuleViolation> violations) {
        if (!violations.isEmpty()) {
            throw BusinessRuleViolation.of(violations);
        }
    }
}
