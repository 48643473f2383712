package com.vendorsla.sharedkernel.agreement.event;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The agreement reached the end of {@code lastDay} (its effectiveTo, in its coverage time zone) without renewal.
 * {@code occurredAt} is that moment, not the moment the deadline was processed.
 */
@Revision("1")
public record AgreementExpired(
        AgreementId agreementId,
        LocalDate lastDay,
        Instant occurredAt) implements AgreementEvent {
}
