package com.vendorsla.sharedkernel.vendor.query;

import com.vendorsla.sharedkernel.vendor.VendorStatus;

import java.time.Instant;
import java.util.List;

/** A vendor as api.md shows it. {@code version} is the vendor aggregate's sequence number. */
public record VendorView(
        String id,
        String name,
        String country,
        String reference,
        VendorStatus status,
        String acquiredBy,
        List<String> agreementIds,
        long version,
        Instant registeredAt) {
}
