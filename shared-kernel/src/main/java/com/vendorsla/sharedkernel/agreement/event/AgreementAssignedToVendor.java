package com.vendorsla.sharedkernel.agreement.event;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.vendor.AcquisitionId;
import com.vendorsla.sharedkernel.vendor.VendorId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * After its renegotiation for acquisition {@code acquisitionId} the agreement is with {@code toVendorId} (the
 * acquirer) instead of {@code fromVendorId}. Its terms, versions and history are unchanged.
 */
@Revision("1")
public record AgreementAssignedToVendor(
        AgreementId agreementId,
        VendorId fromVendorId,
        VendorId toVendorId,
        AcquisitionId acquisitionId,
        Instant occurredAt) implements AgreementEvent {
}
