package com.vendorsla.sharedkernel.agreement.event;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.vendor.AcquisitionId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The renegotiation for acquisition {@code acquisitionId} was still open when its {@code deadline} ended: it is
 * overdue since {@code overdueSince} (the start of the next day in the agreement's coverage time zone). The agreement
 * stays in force. {@code occurredAt} is when this was noticed: the deadline itself, or the opening of a renegotiation
 * whose deadline had already passed.
 */
@Revision("1")
public record RenegotiationOverdue(
        AgreementId agreementId,
        AcquisitionId acquisitionId,
        LocalDate deadline,
        Instant overdueSince,
        Instant occurredAt) implements AgreementEvent {
}
