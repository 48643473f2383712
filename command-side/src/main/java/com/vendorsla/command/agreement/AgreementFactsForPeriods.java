package com.vendorsla.command.agreement;

import com.vendorsla.command.performance.AgreementFacts;
import com.vendorsla.sharedkernel.agreement.AgreementId;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.time.YearMonth;
import java.util.Optional;

/**
 * Answers a performance period's questions from the Agreement aggregate itself, loaded from its own event
 * stream in the period's unit of work: the month is measured against the terms version in force at its start.
 */
@Component
public class AgreementFactsForPeriods implements AgreementFacts {

    private final Repository<Agreement> agreements;

    public AgreementFactsForPeriods(Repository<Agreement> agreements) {
        this.agreements = agreements;
    }

    @Override
    public Optional<PeriodTerms> forPeriod(AgreementId agreementId, YearMonth month) {
        try {
            return Optional.of(agreements.load(agreementId.value()).invoke(agreement ->
                    new PeriodTerms(agreement.vendorId(), agreement.status(), null, null, 0, agreement.effectiveTerms())));
        } catch (AggregateNotFoundException e) {
            return Optional.empty();
        }
    }
}
