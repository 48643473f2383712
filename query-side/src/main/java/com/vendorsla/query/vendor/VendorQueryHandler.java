package com.vendorsla.query.vendor;

import com.vendorsla.sharedkernel.vendor.query.FindVendor;
import com.vendorsla.sharedkernel.vendor.query.FindVendors;
import com.vendorsla.sharedkernel.vendor.query.VendorView;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

@Component
public class VendorQueryHandler {

    private final VendorViews views;

    public VendorQueryHandler(VendorViews views) {
        this.views = views;
    }

    @QueryHandler
    public Optional<VendorView> handle(FindVendor query) {
        return views.find(query.vendorId().value());
    }

    @QueryHandler
    public List<VendorView> handle(FindVendors query) {
        return views.findAll(query.status());
    }
}
