package com.vendorsla.sharedkernel.agreement.command;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.common.Party;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/** One party approves the open revision; once both have, it becomes the next version. */
public record ApproveRevision(
        @TargetAggregateIdentifier AgreementId agreementId,
        int revision,
        Party party,
        Instant occurredAt,
        @TargetAggregateVersion Long expectedVersion) {
}
