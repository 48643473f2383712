package com.vendorsla.sharedkernel.agreement.event;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/** The agreement was extended: {@code effectiveTo} is its new last day in force. */
@Revision("1")
public record AgreementRenewed(
        AgreementId agreementId,
        LocalDate previousEffectiveTo,
        LocalDate effectiveTo,
        Instant occurredAt) implements AgreementEvent {
}
