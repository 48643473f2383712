package com.vendorsla.sharedkernel.intake.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Revoke an integration token. */
public record RevokeIntegrationToken(@TargetAggregateIdentifier String tokenId, Instant occurredAt) {
}
