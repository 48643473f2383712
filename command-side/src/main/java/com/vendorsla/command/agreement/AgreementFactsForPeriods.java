package com.vendorsla.command.agreement;

import com.vendorsla.command.config.CachedAggregates;
import com.vendorsla.command.performance.AgreementFacts;
import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.vendor.VendorId;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Answers a performance period's questions from the Agreement aggregate itself, loaded from its own event
 * stream in the period's unit of work: the month is measured against the terms version in force at its start
 * (for the agreement's first month, at its effective date).
 */
@Component
public class AgreementFactsForPeriods implements AgreementFacts {

    private final Repository<Agreement> agreements;
    private final CachedAggregates cached;

    public AgreementFactsForPeriods(Repository<Agreement> agreements, CachedAggregates cached) {
        this.agreements = agreements;
        this.cached = cached;
    }

    @Override
    public Optional<PeriodTerms> forPeriod(AgreementId agreementId, YearMonth month) {
        try {
            return Optional.of(load(agreementId).invoke(agreement -> {
                LocalDate start = month.atDay(1);
                LocalDate measuredFrom = agreement.effectiveFrom() != null && agreement.effectiveFrom().isAfter(start)
                        ? agreement.effectiveFrom() : start;
                Optional<TermsInForce> inForce = agreement.termsInForceOn(measuredFrom);
                return new PeriodTerms(agreement.vendorId(), agreement.status(), agreement.effectiveFrom(),
                        agreement.lastDayInForce(), inForce.map(TermsInForce::termsVersion).orElse(0),
                        inForce.map(TermsInForce::terms).orElse(agreement.currentTerms()));
            }));
        } catch (AggregateNotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<VendorId> currentVendor(AgreementId agreementId, YearMonth month) {
        try {
            return Optional.ofNullable(load(agreementId).invoke(Agreement::vendorId));
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
