package com.vendorsla.sharedkernel.performance.query;

import com.vendorsla.sharedkernel.vendor.VendorId;

/** How a vendor performed in one calendar year's closed periods, answered by a {@link VendorScorecardView}. */
public record FindVendorScorecard(VendorId vendorId, int year) {
}
