package com.vendorsla.command.agreement;

import com.vendorsla.command.vendor.Vendor;
import com.vendorsla.sharedkernel.common.BusinessRuleViolation;
import org.axonframework.commandhandling.AnnotationCommandHandlerAdapter;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.callbacks.FutureCallback;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.modelling.command.AggregateAnnotationCommandHandler;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given-when-then for {@link AgreementDrafting}, an external command handler that reads other aggregates. Axon's
 * {@code AggregateTestFixture} holds the event stream of one aggregate only, and drafting reads up to three (the
 * vendor, a parent agreement, an underpinned one) before creating a fourth; so this fixture wires the real pieces:
 * an event store (in memory), an {@link EventSourcingRepository} per aggregate over it, the command bus, the
 * handler under test. Nothing is mocked.
 */
final class DraftingFixture {

    private final EventStore eventStore = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final SimpleCommandBus commandBus = SimpleCommandBus.builder().build();
    private final List<EventMessage<?>> published = new CopyOnWriteArrayList<>();

    DraftingFixture() {
        EventSourcingRepository<Vendor> vendors = EventSourcingRepository.builder(Vendor.class).eventStore(eventStore).build();
        EventSourcingRepository<Agreement> agreements = EventSourcingRepository.builder(Agreement.class).eventStore(eventStore).build();
        AggregateAnnotationCommandHandler.<Vendor>builder().aggregateType(Vendor.class).repository(vendors).build()
                .subscribe(commandBus);
        new AnnotationCommandHandlerAdapter<>(new AgreementDrafting(agreements, vendors)).subscribe(commandBus);
        eventStore.subscribe(published::addAll);
    }

    /** Appends earlier events of one aggregate to the store, as if they had happened before the test. */
    DraftingFixture given(String aggregateType, String aggregateId, Object... events) {
        List<EventMessage<?>> messages = new ArrayList<>();
        for (int i = 0; i < events.length; i++) {
            messages.add(new GenericDomainEventMessage<>(aggregateType, aggregateId, i, events[i]));
        }
        eventStore.publish(messages);
        return this;
    }

    Result when(Object command) {
        published.clear();
        FutureCallback<Object, Object> callback = new FutureCallback<>();
        commandBus.dispatch(GenericCommandMessage.asCommandMessage(command), callback);
        CommandResultMessage<?> result = callback.getResult();
        return new Result(result.isExceptional() ? result.exceptionResult() : null, List.copyOf(published));
    }

    record Result(Throwable failure, List<EventMessage<?>> events) {

        /** The command succeeded and applied exactly these events, in order. */
        Result expectEvents(Object... expected) {
            assertThat(failure).as("the command failed").isNull();
            List<Object> payloads = events.stream().<Object>map(EventMessage::getPayload).toList();
            assertThat(payloads).containsExactly(expected);
            return this;
        }

        /** The command was refused with this rule code, and nothing was recorded. */
        Result expectRejection(String code) {
            assertThat(failure).as("the command succeeded, expected " + code).isInstanceOf(BusinessRuleViolation.class);
            assertThat(((BusinessRuleViolation) failure).code()).isEqualTo(code);
            return expectNoEvents();
        }

        Result expectRejection(com.vendorsla.sharedkernel.common.RuleCode code) {
            return expectRejection(code.name());
        }

        Result expectNoEvents() {
            assertThat(events).isEmpty();
            return this;
        }

        BusinessRuleViolation violation() {
            return (BusinessRuleViolation) failure;
        }
    }
}
