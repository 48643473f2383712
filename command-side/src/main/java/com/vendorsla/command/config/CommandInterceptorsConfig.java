package com.vendorsla.command.config;

import com.vendorsla.platform.persistence.LongStatements;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.annotation.Configuration;

/**
 * Interceptors on the command bus and event store. Kept apart from {@link AxonCommandConfig}: the bus needs the
 * correlation data providers declared there, so registering here breaks what would be a creation cycle.
 */
@Configuration(proxyBeanMethods = false)
public class CommandInterceptorsConfig {

    /**
     * {@code sla.commands.lock-aggregates} (default true) serializes the writes to one aggregate across command sides
     * ({@link AggregateWriteLock}); false leaves them to Axon's optimistic check and {@link ConcurrentWriteRetry}.
     */
    @Autowired
    public void registerInterceptors(CommandBus commandBus, EventStore eventStore, JdbcTemplate jdbc,
                                     LongStatements longStatements, CachedAggregates cachedAggregates,
                                     @Value("${sla.commands.lock-aggregates:true}") boolean lockAggregates) {
        eventStore.registerDispatchInterceptor(new WriteResultInterceptor.EventTracker());
        if (lockAggregates) {
            // the bus attaches the transaction to the unit of work before any interceptor runs: the lock is the transaction's
            commandBus.registerHandlerInterceptor(new AggregateWriteLock(jdbc, longStatements, cachedAggregates));
        }
        commandBus.registerHandlerInterceptor(new WriteResultInterceptor());
        commandBus.registerHandlerInterceptor(new BusinessErrorInterceptor());
    }
}
