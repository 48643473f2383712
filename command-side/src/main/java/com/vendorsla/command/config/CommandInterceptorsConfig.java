package com.vendorsla.command.config;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * Interceptors on the command bus and event store. Kept apart from {@link AxonCommandConfig}: the bus needs the
 * correlation data providers declared there, so registering here breaks what would be a creation cycle.
 */
@Configuration(proxyBeanMethods = false)
public class CommandInterceptorsConfig {

    @Autowired
    public void registerInterceptors(CommandBus commandBus, EventStore eventStore) {
        eventStore.registerDispatchInterceptor(new WriteResultInterceptor.EventTracker());
        commandBus.registerHandlerInterceptor(new WriteResultInterceptor());
        commandBus.registerHandlerInterceptor(new BusinessErrorInterceptor());
    }
}
