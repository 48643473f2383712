package com.vendorsla.query.review;

import com.vendorsla.sharedkernel.review.query.AcquisitionNote;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Reads an acquisition from a vendor's event, whichever event records it: any event of the vendor's stream that
 * names an {@code acquirerId} (another vendor) and an {@code effectiveDate} (api.md's fields of
 * {@code POST /api/vendors/{id}/acquisitions}), with an optional {@code reference}.
 * <p>
 * Why by shape rather than by type: the acquisitions language is being written alongside the reviews; reading it by
 * the contract's field names keeps the review working whatever the event is called. Once it has landed, replacing
 * this with a typed case is a one-line change.
 */
final class AcquisitionNotes {

    private AcquisitionNotes() {
    }

    static Optional<AcquisitionNote> from(String vendorId, Object event) {
        if (!(event instanceof Record record)) {
            return Optional.empty();
        }
        Object acquirer = component(record, "acquirerId");
        Object effective = component(record, "effectiveDate");
        if (acquirer == null || !(effective instanceof LocalDate date) || acquirer.toString().equals(vendorId)) {
            return Optional.empty();
        }
        Object reference = component(record, "reference");
        return Optional.of(new AcquisitionNote(vendorId, acquirer.toString(), date,
                reference == null ? null : reference.toString()));
    }

    private static Object component(Record record, String name) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                try {
                    return component.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
