package com.vendorsla.sharedkernel.agreement.command;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.vendor.AcquisitionId;
import com.vendorsla.sharedkernel.vendor.VendorId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Open the renegotiation of an active agreement with {@code acquiredVendorId} after its acquisition by
 * {@code acquirerId} (sent by the acquisition process). Opening it again for the same acquisition changes nothing.
 *
 * @param effectiveDate the acquisition's effective date: the deadline is renegotiationWindowDays after it
 */
public record OpenRenegotiation(
        @TargetAggregateIdentifier AgreementId agreementId,
        AcquisitionId acquisitionId,
        VendorId acquiredVendorId,
        VendorId acquirerId,
        LocalDate effectiveDate,
        Instant occurredAt) {
}
