package com.vendorsla.sharedkernel.agreement.event;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.RenegotiationOutcome;
import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;
import com.vendorsla.sharedkernel.vendor.AcquisitionId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The renegotiation for acquisition {@code acquisitionId} ended with {@code outcome}. REVISED names the
 * {@code revision} (reason ACQUISITION) whose version is {@code termsVersionAfter}; CONFIRMED keeps the terms and
 * names the latest version; TERMINATED has no version after. {@code termsAfter} are the complete terms of that
 * version, so before and after can be compared from the renegotiation's own events.
 */
@Revision("1")
public record RenegotiationConcluded(
        AgreementId agreementId,
        AcquisitionId acquisitionId,
        RenegotiationOutcome outcome,
        Integer revision,
        int termsVersionBefore,
        Integer termsVersionAfter,
        AgreementTerms termsAfter,
        Instant occurredAt) implements AgreementEvent {
}
