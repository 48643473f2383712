package com.vendorsla.command.config;

import com.vendorsla.sharedkernel.common.BusinessRuleViolation;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The write side's own metrics (api.md, Operations), on {@code /actuator/prometheus} with Spring Boot's:
 * <ul>
 * <li>{@code sla_commands_total{command,outcome}} and {@code sla_command_seconds{command,outcome}} (a histogram): every
 * command handled, by its simple class name, with {@code outcome} {@code ok} (committed), {@code rejected} (a business
 * rule), {@code conflict} (a stale version or a concurrent write), {@code not_found}, or {@code error}; the time is
 * from the handler's start to the commit or roll-back, the event store's append included;</li>
 * <li>{@code sla_events_appended_total{type}}: events committed to the store, by the payload's simple class name.</li>
 * </ul>
 * Counted in the unit of work's commit and roll-back callbacks, so a command whose append fails is no {@code ok}, and
 * an event of a rolled-back command is not counted.
 */
@Configuration(proxyBeanMethods = false)
public class CommandMetrics {

    static final String COMMANDS = "sla_commands";
    static final String COMMAND_SECONDS = "sla_command_seconds";
    static final String EVENTS_APPENDED = "sla_events_appended";

    @Autowired
    public void registerMetrics(CommandBus commandBus, EventStore eventStore, MeterRegistry registry) {
        commandBus.registerHandlerInterceptor(new CommandTiming(registry));
        eventStore.registerDispatchInterceptor(new AppendedEvents(registry));
    }

    static final class CommandTiming implements MessageHandlerInterceptor<CommandMessage<?>> {

        private final MeterRegistry registry;

        CommandTiming(MeterRegistry registry) {
            this.registry = registry;
        }

        @Override
        public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
            long start = System.nanoTime();
            String command = simpleName(unitOfWork.getMessage().getPayloadType().getName());
            unitOfWork.afterCommit(u -> record(command, "ok", start));
            unitOfWork.onRollback(u -> record(command, outcome(u.getExecutionResult() == null ? null
                    : u.getExecutionResult().getExceptionResult()), start));
            return chain.proceed();
        }

        private void record(String command, String outcome, long start) {
            Counter.builder(COMMANDS).description("Commands handled, by outcome")
                    .tag("command", command).tag("outcome", outcome).register(registry).increment();
            Timer.builder(COMMAND_SECONDS).description("Time to handle a command, its append and commit included")
                    .tag("command", command).tag("outcome", outcome)
                    .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1))
                    .maximumExpectedValue(Duration.ofSeconds(10))
                    .register(registry).record(Duration.ofNanos(System.nanoTime() - start));
        }
    }

    static String outcome(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BusinessRuleViolation
                    || (cause instanceof CommandExecutionException e && e.getDetails().isPresent())) {
                return "rejected";
            }
            if (cause instanceof ConcurrencyException) {
                return "conflict";
            }
            if (cause instanceof AggregateNotFoundException) {
                return "not_found";
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return "error";
    }

    static final class AppendedEvents implements MessageDispatchInterceptor<EventMessage<?>> {

        private final MeterRegistry registry;

        AppendedEvents(MeterRegistry registry) {
            this.registry = registry;
        }

        @Override
        public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
            return (index, event) -> {
                String type = simpleName(event.getPayloadType().getName());
                if (CurrentUnitOfWork.isStarted()) {
                    CurrentUnitOfWork.get().afterCommit(u -> count(type));
                } else {
                    count(type);
                }
                return event;
            };
        }

        private void count(String type) {
            Counter.builder(EVENTS_APPENDED).description("Events committed to the event store, by type")
                    .tag("type", type).register(registry).increment();
        }
    }

    static String simpleName(String typeName) {
        int cut = Math.max(typeName.lastIndexOf('.'), typeName.lastIndexOf('$'));
        return typeName.substring(cut + 1);
    }
}
