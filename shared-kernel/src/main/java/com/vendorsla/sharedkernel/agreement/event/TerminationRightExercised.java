package com.vendorsla.sharedkernel.agreement.event;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The customer exercised termination right {@code rightId}: the agreement is terminated FOR_CAUSE. */
@Revision("1")
public record TerminationRightExercised(
        AgreementId agreementId,
        String rightId,
        Instant occurredAt) implements AgreementEvent {
}
