package com.vendorsla.command.intake;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.vendorsla.sharedkernel.intake.command.IssueIntegrationToken;
import com.vendorsla.sharedkernel.intake.command.RevokeIntegrationToken;
import com.vendorsla.sharedkernel.intake.event.IntegrationTokenIssued;
import com.vendorsla.sharedkernel.intake.event.IntegrationTokenRevoked;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import static com.vendorsla.command.intake.IntakeRules.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A monitoring system's credential: issued by an admin, shown once, kept only as its SHA-256, revocable. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
@Aggregate
public class IntegrationToken {

    @AggregateIdentifier
    private String tokenId;
    private String name;
    private String tokenSha256;
    private boolean revoked;

    protected IntegrationToken() {
        // for Axon
    }

    @CommandHandler
    IntegrationToken(IssueIntegrationToken command) {
        apply(new IntegrationTokenIssued(command.tokenId(), command.name(), command.tokenSha256(), command.occurredAt()));
    }

    @CommandHandler
    void handle(RevokeIntegrationToken command) {
        require(!revoked, IntakeRules.TOKEN_REVOKED, "integration token " + tokenId + " is revoked already");
        apply(new IntegrationTokenRevoked(tokenId, command.occurredAt()));
    }

    /** Whether a presented token's SHA-256 is this token's, and it is not revoked (compared in constant time). */
    boolean accepts(String presentedSha256) {
        return !revoked && MessageDigest.isEqual(tokenSha256.getBytes(StandardCharsets.US_ASCII),
                presentedSha256.getBytes(StandardCharsets.US_ASCII));
    }

    String name() {
        return name;
    }

    @EventSourcingHandler
    void on(IntegrationTokenIssued event) {
        tokenId = event.tokenId();
        name = event.name();
        tokenSha256 = event.tokenSha256();
    }

    @EventSourcingHandler
    void on(IntegrationTokenRevoked event) {
        revoked = true;
    }
}
