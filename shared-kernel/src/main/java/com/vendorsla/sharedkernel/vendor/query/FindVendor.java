package com.vendorsla.sharedkernel.vendor.query;

import com.vendorsla.sharedkernel.vendor.VendorId;

/** One vendor, answered by a {@link VendorView}. */
public record FindVendor(VendorId vendorId) {
}
