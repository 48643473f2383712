package com.vendorsla.command.review;

import com.vendorsla.command.agreement.Agreement;
import com.vendorsla.sharedkernel.agreement.AgreementId;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/** Answers from the Agreement aggregate itself, loaded in the review's unit of work: never stale. */
@Component
public class AgreementsForReviews implements ReviewableAgreements {

    private final Repository<Agreement> agreements;

    public AgreementsForReviews(Repository<Agreement> agreements) {
        this.agreements = agreements;
    }

    @Override
    public Optional<ReviewableAgreement> find(AgreementId agreementId) {
        try {
            return Optional.of(agreements.load(agreementId.value()).invoke(agreement -> {
                var terms = agreement.currentTerms();
                ZoneId zone = terms == null || terms.coverage() == null || terms.coverage().timeZone() == null
                        ? ZoneOffset.UTC : ZoneId.of(terms.coverage().timeZone());
                return new ReviewableAgreement(agreement.status(), agreement.effectiveFrom(),
                        agreement.lastDayInForce(), zone);
            }));
        } catch (AggregateNotFoundException e) {
            return Optional.empty();
        }
    }
}
