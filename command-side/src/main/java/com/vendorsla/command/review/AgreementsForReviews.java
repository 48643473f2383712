package com.vendorsla.command.review;

import com.vendorsla.command.agreement.Agreement;
import com.vendorsla.command.config.CachedAggregates;
import com.vendorsla.sharedkernel.agreement.AgreementId;
import org.axonframework.modelling.command.Aggregate;
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
    private final CachedAggregates cached;

    public AgreementsForReviews(Repository<Agreement> agreements, CachedAggregates cached) {
        this.agreements = agreements;
        this.cached = cached;
    }

    @Override
    public Optional<ReviewableAgreement> find(AgreementId agreementId) {
        try {
            return Optional.of(load(agreementId).invoke(agreement -> {
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

    /** The agreement as the store has it now (a copy cached before another command side's write is not used). */
    private Aggregate<Agreement> load(AgreementId agreementId) {
        cached.dropIfStale(agreementId.value());
        return agreements.load(agreementId.value());
    }
}
