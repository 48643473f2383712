package com.vendorsla.sharedkernel.agreement.event;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/** Termination right {@code rightId} was not exercised by {@code exerciseBy} and lapsed at the end of that day. */
@Revision("1")
public record TerminationRightLapsed(
        AgreementId agreementId,
        String rightId,
        LocalDate exerciseBy,
        Instant occurredAt) implements AgreementEvent {
}
