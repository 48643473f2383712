package com.vendorsla.sharedkernel.intake.event;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** An integration token was revoked: calls presenting it are refused from now on. */
@Revision("1")
public record IntegrationTokenRevoked(String tokenId, Instant occurredAt) implements IntakeEvent {
}
