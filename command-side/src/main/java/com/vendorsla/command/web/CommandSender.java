package com.vendorsla.command.web;

import com.vendorsla.command.config.WriteResultInterceptor;
import com.vendorsla.sharedkernel.common.AuditMetadata;
import com.vendorsla.sharedkernel.common.WriteResult;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Sends a command on behalf of the authenticated user: who (actor, role), why (reason) and which request
 * (correlation id) travel as metadata and end up on every event the command causes.
 */
@Component
public class CommandSender {

    private final CommandGateway gateway;
    private final Clock clock;

    public CommandSender(CommandGateway gateway, Clock clock) {
        this.gateway = gateway;
        this.clock = clock;
    }

    /** Business time of a request that states none: the moment it arrived. */
    public Instant now() {
        return clock.instant();
    }

    public WriteResult send(Object command) {
        return send(command, null);
    }

    public WriteResult send(Object command, String reason) {
        Actor actor = Actor.current();
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(AuditMetadata.ACTOR, actor.name());
        metadata.put(AuditMetadata.ROLE, actor.role());
        metadata.put(AuditMetadata.TRACE_ID, RequestCorrelation.currentId());
        String comment = reason != null && !reason.isBlank() ? reason : RequestCorrelation.currentComment();
        if (comment != null && !comment.isBlank()) {
            metadata.put(AuditMetadata.REASON, comment);
        }
        Object result = gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .withMetaData(MetaData.from(metadata)));
        if (result instanceof WriteResultInterceptor.PendingWrite pending && pending.result() != null) {
            return pending.result();
        }
        throw new IllegalStateException("command " + command.getClass().getSimpleName() + " applied no event");
    }
}
