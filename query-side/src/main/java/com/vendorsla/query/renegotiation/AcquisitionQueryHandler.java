package com.vendorsla.query.renegotiation;

import com.vendorsla.sharedkernel.agreement.query.AffectedAgreementView;
import com.vendorsla.sharedkernel.agreement.query.FindAgreementRenegotiations;
import com.vendorsla.sharedkernel.agreement.query.FindRenegotiations;
import com.vendorsla.sharedkernel.agreement.query.RenegotiationSummary;
import com.vendorsla.sharedkernel.vendor.query.AcquisitionView;
import com.vendorsla.sharedkernel.vendor.query.FindAcquisition;
import com.vendorsla.sharedkernel.vendor.query.FindVendorLineage;
import com.vendorsla.sharedkernel.vendor.query.VendorLineageView;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

@Component
public class AcquisitionQueryHandler {

    private final AcquisitionViews views;

    public AcquisitionQueryHandler(AcquisitionViews views) {
        this.views = views;
    }

    @QueryHandler
    public Optional<AcquisitionView> handle(FindAcquisition query) {
        return views.acquisitionOf(query.vendorId().value());
    }

    @QueryHandler
    public List<RenegotiationSummary> handle(FindRenegotiations query) {
        return views.renegotiations(query.status(), query.acquiredVendorId());
    }

    @QueryHandler
    public List<AffectedAgreementView> handle(FindAgreementRenegotiations query) {
        return views.renegotiationsOf(query.agreementId().value());
    }

    @QueryHandler
    public Optional<VendorLineageView> handle(FindVendorLineage query) {
        return views.lineage(query.vendorId().value());
    }
}
