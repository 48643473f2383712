package com.vendorsla.command.web;

import com.vendorsla.command.config.WriteResultInterceptor;
import com.vendorsla.sharedkernel.common.AuditMetadata;
import com.vendorsla.sharedkernel.common.Role;
import com.vendorsla.sharedkernel.common.WriteResult;
import com.vendorsla.sharedkernel.notices.command.CreateSubscription;
import com.vendorsla.sharedkernel.notices.command.DeleteSubscription;
import com.vendorsla.sharedkernel.notices.command.ResumeSubscription;
import com.vendorsla.sharedkernel.notices.command.RewindSubscription;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Sends a command on behalf of the authenticated user: who (actor, role, and for a vendor's user the vendor it acts
 * for), why (reason) and which request (correlation id) travel as metadata and end up on every event the command
 * causes.
 */
@Component
public class CommandSender {

    /**
     * Besides the acts of {@link VendorWrites}, a vendor's user manages webhook subscriptions to its own vendor's events
     * (api.md, Notifications; the subscription controller binds them to its vendor and refuses another's).
     */
    private static final Set<Class<?>> VENDOR_SUBSCRIPTION_COMMANDS = Set.of(CreateSubscription.class,
            ResumeSubscription.class, RewindSubscription.class, DeleteSubscription.class);

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
        return written(command, dispatch(command, reason));
    }

    /** What a command wrote, and what its handler answered besides: the number a proposed revision was given. */
    public record Answered<T>(WriteResult written, T answer) {
    }

    /** Sends a command whose handler answers a value of the given type besides the events it applies. */
    public <T> Answered<T> send(Object command, String reason, Class<T> answer) {
        WriteResultInterceptor.PendingWrite pending = dispatch(command, reason);
        if (!answer.isInstance(pending.handlerResult())) {
            throw new IllegalStateException("command " + command.getClass().getSimpleName() + " answered "
                    + pending.handlerResult() + ", not a " + answer.getSimpleName());
        }
        return new Answered<>(written(command, pending), answer.cast(pending.handlerResult()));
    }

    private WriteResultInterceptor.PendingWrite dispatch(Object command, String reason) {
        Actor actor = Actor.current();
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(AuditMetadata.ACTOR, actor.name());
        metadata.put(AuditMetadata.ROLE, actor.role());
        if (Role.VENDOR.name().equals(actor.role())) {
            requireVendorMaySend(actor, command);
            metadata.put(AuditMetadata.ACTING_VENDOR, actor.vendorId());
        }
        metadata.put(AuditMetadata.TRACE_ID, RequestCorrelation.currentId());
        String comment = reason != null && !reason.isBlank() ? reason : RequestCorrelation.currentComment();
        if (comment != null && !comment.isBlank()) {
            metadata.put(AuditMetadata.REASON, comment);
        }
        Object result = gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .withMetaData(MetaData.from(metadata)));
        if (result instanceof WriteResultInterceptor.PendingWrite pending) {
            return pending;
        }
        throw new IllegalStateException("command " + command.getClass().getSimpleName() + " answered no write");
    }

    private static WriteResult written(Object command, WriteResultInterceptor.PendingWrite pending) {
        if (pending.result() != null) {
            return pending.result();
        }
        throw new IllegalStateException("command " + command.getClass().getSimpleName() + " applied no event");
    }

    /**
     * Second line behind {@link CommandSecurity}'s matchers: a vendor's user sends only the commands of
     * {@link VendorWrites}, whose handlers check the acting vendor against the aggregate's vendor, and only bound to a
     * vendor.
     */
    private static void requireVendorMaySend(Actor actor, Object command) {
        if (actor.vendorId() == null || !(VendorWrites.isVendorCommand(command.getClass())
                || VENDOR_SUBSCRIPTION_COMMANDS.contains(command.getClass()))) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "a vendor's user may not do this");
        }
    }
}
