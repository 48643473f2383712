package com.vendorsla.sharedkernel.agreement.event;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.TerminationReason;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The agreement was terminated for {@code reason}; it is no longer in force from {@code effectiveDate}. A FOR_CAUSE
 * termination names the right it exercised.
 */
@Revision("1")
public record AgreementTerminated(
        AgreementId agreementId,
        TerminationReason reason,
        String terminationRightId,
        LocalDate effectiveDate,
        Instant occurredAt) implements AgreementEvent {
}
