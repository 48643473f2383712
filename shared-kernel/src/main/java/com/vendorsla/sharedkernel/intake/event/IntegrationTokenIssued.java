package com.vendorsla.sharedkernel.intake.event;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * An integration token was issued to a monitoring system. The token itself was shown once and is not stored: only its
 * SHA-256 ({@code tokenSha256}), against which a presented token is checked.
 */
@Revision("1")
public record IntegrationTokenIssued(String tokenId, String name, String tokenSha256, Instant occurredAt)
        implements IntakeEvent {
}
