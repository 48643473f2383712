package com.vendorsla.sharedkernel.intake.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Issue an integration token; only its SHA-256 travels (the token is shown once, to the caller). */
public record IssueIntegrationToken(@TargetAggregateIdentifier String tokenId, String name, String tokenSha256,
                                    Instant occurredAt) {
}
