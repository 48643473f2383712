package com.vendorsla.command.vendor;

import com.vendorsla.sharedkernel.vendor.VendorId;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Loads other vendors from their own event streams in the acquisition's unit of work, so they are never stale. */
@Component
class VendorDirectoryFromEvents implements VendorDirectory {

    private final Repository<Vendor> vendors;

    VendorDirectoryFromEvents(Repository<Vendor> vendors) {
        this.vendors = vendors;
    }

    @Override
    public Optional<Listing> find(VendorId vendorId) {
        try {
            return Optional.of(vendors.load(vendorId.value()).invoke(vendor -> new Listing(vendorId, vendor.acquiredBy())));
        } catch (AggregateNotFoundException e) {
            return Optional.empty();
        }
    }
}
