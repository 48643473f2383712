package com.vendorsla.command.agreement;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.common.BusinessRuleViolation;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/** Loads the parent from its own event stream in the child's unit of work, so its facts are never stale. */
@Component
class ParentAgreementsFromEvents implements ParentAgreements {

    private final Repository<Agreement> agreements;

    ParentAgreementsFromEvents(Repository<Agreement> agreements) {
        this.agreements = agreements;
    }

    @Override
    public Parent parent(AgreementId parentAgreementId) {
        try {
            return agreements.load(parentAgreementId.value())
                    .invoke(parent -> new Parent(parent.status(), parent.currentTerms()));
        } catch (AggregateNotFoundException e) {
            throw new BusinessRuleViolation(AgreementRules.PARENT_AGREEMENT_NOT_FOUND,
                    "no agreement " + parentAgreementId);
        }
    }
}
