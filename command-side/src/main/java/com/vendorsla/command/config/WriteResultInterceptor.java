package com.vendorsla.command.config;

import com.vendorsla.sharedkernel.common.WriteResult;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Makes every command answer {@code {id, version}} (api.md): the aggregate and sequence number of the last
 * event the command applied, so handlers stay free of this plumbing.
 * <p>
 * Axon stages an aggregate's events and runs the event bus's dispatch interceptors only when the unit of work
 * prepares to commit, after the handler has returned. So the command's result is a {@link PendingWrite} that
 * {@link EventTracker} completes at that moment; the caller reads it after the commit, when it is final.
 */
public class WriteResultInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    private static final String PENDING = WriteResultInterceptor.class.getName() + ".pending";

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        PendingWrite pending = new PendingWrite();
        unitOfWork.root().resources().put(PENDING, pending);
        pending.handlerResult = interceptorChain.proceed();
        return pending;
    }

    /** The answer of a command, complete once its unit of work has committed. */
    public static final class PendingWrite {
        private Object handlerResult;
        private DomainEventMessage<?> lastEvent;

        /** The aggregate and version written; a handler that applied nothing may have returned one itself. */
        public WriteResult result() {
            if (lastEvent != null) {
                return new WriteResult(lastEvent.getAggregateIdentifier(), lastEvent.getSequenceNumber());
            }
            if (handlerResult instanceof WriteResult written) {
                return written;
            }
            return null;
        }

        /** What the handler itself returned besides its events (a revision's number, say); null for most. */
        public Object handlerResult() {
            return handlerResult;
        }
    }

    /** Records, as the unit of work prepares to commit, the last domain event the command applied. */
    static class EventTracker implements MessageDispatchInterceptor<EventMessage<?>> {

        @Override
        public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
            return (index, event) -> {
                if (event instanceof DomainEventMessage<?> domainEvent && CurrentUnitOfWork.isStarted()) {
                    PendingWrite pending = CurrentUnitOfWork.get().root().getResource(PENDING);
                    if (pending != null) {
                        pending.lastEvent = domainEvent;
                    }
                }
                return event;
            };
        }
    }
}
