package com.vendorsla.sharedkernel.vendor.event;

import com.vendorsla.sharedkernel.vendor.VendorId;

import java.time.Instant;

/** Everything that happens to a vendor. */
public sealed interface VendorEvent permits VendorRegistered, VendorAcquired {

    VendorId vendorId();

    /** Business time: when it happened, as opposed to when it was recorded. */
    Instant occurredAt();
}
