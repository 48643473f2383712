package com.vendorsla.query.agreement;

import com.vendorsla.sharedkernel.agreement.query.AgreementSummary;
import com.vendorsla.sharedkernel.agreement.query.AgreementView;
import com.vendorsla.sharedkernel.agreement.query.FindAgreement;
import com.vendorsla.sharedkernel.agreement.query.FindAgreements;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

@Component
public class AgreementQueryHandler {

    private final AgreementViews views;

    public AgreementQueryHandler(AgreementViews views) {
        this.views = views;
    }

    @QueryHandler
    public Optional<AgreementView> handle(FindAgreement query) {
        return views.find(query.agreementId().value());
    }

    @QueryHandler
    public List<AgreementSummary> handle(FindAgreements query) {
        return views.summaries(query.vendorId(), query.status(), query.type());
    }
}
