package com.vendorsla.sharedkernel.vendor.query;

import com.vendorsla.sharedkernel.vendor.VendorId;

import java.time.Instant;

/**
 * One vendor as it stood at {@code asOf}: its own events and its agreements' events recorded by then, folded from
 * the event store (not from a read model). Answered by a {@link VendorView}; empty when the vendor did not exist yet.
 */
public record FindVendorAsOf(VendorId vendorId, Instant asOf) {
}
