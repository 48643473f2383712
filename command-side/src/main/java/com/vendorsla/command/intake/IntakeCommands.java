package com.vendorsla.command.intake;

import com.vendorsla.command.config.WriteResultInterceptor;
import com.vendorsla.sharedkernel.common.AuditMetadata;
import com.vendorsla.sharedkernel.common.Role;
import com.vendorsla.sharedkernel.common.RuleBreach;
import com.vendorsla.sharedkernel.intake.Provenance;
import com.vendorsla.sharedkernel.performance.command.RecordMeasurements;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.timeout.UnitOfWorkTimeoutInterceptor;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Sends the intake's commands, many in one unit of work and one transaction, so that a file (or an alert) is recorded
 * whole or not at all: the commands run one after the other in nested units of work, each aggregate is loaded once
 * and kept for the rest, and every event is stored when the outer unit of work commits. A command's metadata carries
 * who asked (actor, role, the request's correlation id) and the record's provenance, which Axon copies onto its events.
 */
@Component
class IntakeCommands {

    /** The actor of what an integration records: the platform on behalf of the named integration token. */
    static final String INTEGRATION_ROLE = "INTEGRATION";

    /** The longest an import (or one alert) may take: 100,000 rows on a busy 2-core machine, with room to spare. */
    static final int TIME_LIMIT_MS = 10 * 60 * 1000;
    /**
     * An import is limited to {@link #TIME_LIMIT_MS} whatever Axon's own time limits are (off in config/platform-web.yml;
     * when on, Axon's command bus limits a unit of work, and everything nested in it, to a few seconds: the limit is
     * kept in the root unit of work's resources and the nested commands' interceptors reuse it). A file of 100,000 rows
     * is one unit of work on purpose, so its root brings its own limit, set by the same interceptor.
     */
    private static final UnitOfWorkTimeoutInterceptor BATCH_TIME_LIMIT = new UnitOfWorkTimeoutInterceptor(
            "UnitOfWork of an intake batch", TIME_LIMIT_MS, TIME_LIMIT_MS / 2, TIME_LIMIT_MS / 4);

    private final CommandGateway gateway;
    private final TransactionManager transactions;
    private final Clock clock;

    IntakeCommands(CommandGateway gateway, TransactionManager transactions, Clock clock) {
        this.gateway = gateway;
        this.transactions = transactions;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    /** What happened to one command of a batch: nothing (it was applied) or the rule it broke. */
    record Outcome(String code, String message) {
        static final Outcome APPLIED = new Outcome(null, null);

        boolean applied() {
            return code == null;
        }
    }

    /** The authenticated caller (a user) as the audit metadata names it. */
    static Map<String, Object> userMetadata() {
        Map<String, Object> metadata = new HashMap<>();
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String name = authentication == null ? "anonymous" : authentication.getName();
        String role = authentication == null ? "NONE" : Arrays.stream(Role.values()).map(Role::name)
                .filter(r -> authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                        .anyMatch(("ROLE_" + r)::equals))
                .findFirst().orElse("NONE");
        metadata.put(AuditMetadata.ACTOR, name);
        metadata.put(AuditMetadata.ROLE, role);
        metadata.put(AuditMetadata.TRACE_ID, correlationId());
        return metadata;
    }

    /** An integration's call: the actor is the integration token's name. */
    static Map<String, Object> integrationMetadata(String tokenName) {
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(AuditMetadata.ACTOR, "integration:" + tokenName);
        metadata.put(AuditMetadata.ROLE, INTEGRATION_ROLE);
        metadata.put(AuditMetadata.TRACE_ID, correlationId());
        return metadata;
    }

    /** The request's correlation id, as the write side's correlation filter put it in the logging context. */
    private static String correlationId() {
        String id = MDC.get("correlationId");
        return id != null ? id : UUID.randomUUID().toString();
    }

    /** One command on its own (its own unit of work), failures thrown as they are. */
    Object send(Object command, Map<String, Object> metadata) {
        return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).withMetaData(MetaData.from(metadata)));
    }

    /**
     * One command of a batch, inside {@link #inOneUnitOfWork}: a broken rule is answered as its code instead of thrown,
     * so the batch can go on and report every bad row.
     */
    Outcome attempt(Object command, Map<String, Object> metadata, Map<String, Object> provenance) {
        Map<String, Object> all = new HashMap<>(metadata);
        if (provenance != null) {
            all.put(Provenance.KEY, provenance);
        }
        try {
            send(command, all);
            return Outcome.APPLIED;
        } catch (CommandExecutionException e) {
            Optional<Object> details = e.getDetails();
            if (details.isPresent() && details.get() instanceof RuleBreach breach) {
                return new Outcome(breach.code(), breach.message());
            }
            return new Outcome("INVALID_VALUE", "the record was refused");
        }
    }

    /** What a {@link RecordMeasurements} came to: nothing refused, a rule of the whole period, or the rows refused. */
    record Refusals(Outcome whole, List<RecordMeasurements.Refusal> rows) {
    }

    /**
     * A period's rows of a batch, inside {@link #inOneUnitOfWork}: the rows it refused (nothing recorded then), or the
     * rule the whole period broke (it is closed, say), answered instead of thrown so that every bad row is reported.
     */
    @SuppressWarnings("unchecked")
    Refusals attemptAll(RecordMeasurements command, Map<String, Object> metadata) {
        try {
            Object result = send(command, metadata);
            Object handled = result instanceof WriteResultInterceptor.PendingWrite pending ? pending.handlerResult() : result;
            return new Refusals(null, handled instanceof List<?> refused
                    ? (List<RecordMeasurements.Refusal>) refused : List.of());
        } catch (CommandExecutionException e) {
            Optional<Object> details = e.getDetails();
            if (details.isPresent() && details.get() instanceof RuleBreach breach) {
                return new Refusals(new Outcome(breach.code(), breach.message()), List.of());
            }
            return new Refusals(new Outcome("INVALID_VALUE", "the records were refused"), List.of());
        }
    }

    /**
     * Runs {@code work} in one unit of work and one transaction; commits only if {@code commit} says so once it is done
     * (an import with a bad row, or a dry run, rolls everything back: nothing was stored).
     */
    <T> T inOneUnitOfWork(Supplier<T> work, java.util.function.Predicate<T> commit) {
        DefaultUnitOfWork<Message<?>> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        Transaction transaction = transactions.startTransaction();
        unitOfWork.onCommit(u -> transaction.commit());
        unitOfWork.onRollback(u -> transaction.rollback());
        T result;
        try {
            @SuppressWarnings("unchecked")
            T done = (T) BATCH_TIME_LIMIT.handle(unitOfWork, work::get);
            result = done;
        } catch (RuntimeException | Error e) {
            unitOfWork.rollback(e);
            throw e;
        } catch (Exception e) {
            unitOfWork.rollback(e);
            throw new IllegalStateException(e);
        }
        if (commit.test(result)) {
            unitOfWork.commit();
        } else {
            unitOfWork.rollback();
        }
        return result;
    }
}
