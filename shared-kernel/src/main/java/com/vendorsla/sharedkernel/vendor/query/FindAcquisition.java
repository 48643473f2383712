package com.vendorsla.sharedkernel.vendor.query;

import com.vendorsla.sharedkernel.vendor.VendorId;

/** The acquisition of one vendor (a vendor is acquired at most once), answered by an {@link AcquisitionView}. */
public record FindAcquisition(VendorId vendorId) {
}
