package com.vendorsla.sharedkernel.agreement.command;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.common.Party;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** The other party rejects the open revision, with a reason. */
public record RejectRevision(
        @TargetAggregateIdentifier AgreementId agreementId,
        int revision,
        Party party,
        String reason,
        Instant occurredAt,
        @TargetAggregateVersion Long expectedVersion) {
}
