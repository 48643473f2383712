package com.vendorsla.sharedkernel.vendor.query;

import com.vendorsla.sharedkernel.audit.query.AsOf;
import com.vendorsla.sharedkernel.vendor.VendorId;

/**
 * One vendor as it stood at an instant ({@link AsOf}): its own events and its agreements' events, folded from the
 * event store (not from a read model). Answered by a {@link VendorView}; empty when the vendor did not exist then.
 */
public record FindVendorAsOf(VendorId vendorId, AsOf asOf) {
}
