package com.vendorsla.command.agreement;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.AgreementStatus;
import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;

/**
 * What a MULTI_LEVEL child needs of its parent when it proposes, signs or revises: the parent's status and its
 * current complete terms (its latest agreed version, or its terms on the table before signature).
 */
public interface ParentAgreements {

    Parent parent(AgreementId parentAgreementId);

    record Parent(AgreementStatus status, AgreementTerms currentTerms) {
    }
}
