package com.vendorsla.sharedkernel.vendor.query;

import com.vendorsla.sharedkernel.vendor.VendorId;

/** Who acquired a vendor and whom it acquired, transitively, answered by a {@link VendorLineageView}. */
public record FindVendorLineage(VendorId vendorId) {
}
