package com.vendorsla.query.review;

import com.vendorsla.sharedkernel.review.query.AcquisitionNote;
import com.vendorsla.sharedkernel.vendor.event.VendorAcquired;

import java.util.Optional;

/** An acquisition of a vendor, from its stream, as the review reports it. */
final class AcquisitionNotes {

    private AcquisitionNotes() {
    }

    static Optional<AcquisitionNote> from(Object event) {
        if (event instanceof VendorAcquired acquired) {
            return Optional.of(new AcquisitionNote(acquired.vendorId().value(), acquired.acquirerId().value(),
                    acquired.effectiveDate(), acquired.reference()));
        }
        return Optional.empty();
    }
}
