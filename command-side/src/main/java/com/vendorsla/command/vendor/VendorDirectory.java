package com.vendorsla.command.vendor;

import com.vendorsla.sharedkernel.vendor.VendorId;

import java.util.Optional;

/** What an acquisition needs to know of other vendors: whether they exist and who acquired them. */
public interface VendorDirectory {

    Optional<Listing> find(VendorId vendorId);

    record Listing(VendorId vendorId, VendorId acquiredBy) {
    }
}
