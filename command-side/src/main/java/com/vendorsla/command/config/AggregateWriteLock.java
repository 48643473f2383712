package com.vendorsla.command.config;

import com.vendorsla.platform.persistence.LongStatements;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.ReflectionUtils;
import org.axonframework.common.annotation.AnnotationUtils;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import java.util.stream.StreamSupport;

/**
 * Serializes the writes to one aggregate across every command side on the event store: before the aggregate is loaded,
 * the command's transaction takes a PostgreSQL advisory lock on the aggregate's id, held until it commits or rolls
 * back. So a command side loads an aggregate only after the other's last write to it committed, and two sides no
 * longer race for its next sequence number (issue 16, item 3). Axon's own lock does the same inside one instance only.
 * <p>
 * Once the lock is held, a copy of the aggregate this instance keeps in its cache is checked against the store
 * ({@link CachedAggregates}): a copy another instance has written past is dropped, so the command loads the aggregate
 * from the store. Without that check every write after another instance's would first fail on its stale
 * copy and be retried, and a writer could lose that way often enough to run out of tries (TwoCommandSidesRaceTest).
 * <p>
 * What races nonetheless (a command sent without this lock) is tried again by
 * {@link ConcurrentWriteRetry}. Without the lock, that retry alone lets a write that lost once lose again and again to
 * the other instance's queue of writers (4 of 200 writes lost 6 times running in TwoCommandSidesRaceTest); with it the
 * waiting is fair (PostgreSQL grants the lock in request order).
 * <p>
 * Taken only by the command that starts a unit of work of its own (an HTTP request's, the demo's): commands sent from an
 * event handler, or several in one import's unit of work, run in a transaction that may span many aggregates, whose
 * locks taken in any order could deadlock; those keep Axon's optimistic check alone. The lock's key is a hash of the
 * id: two ids of one hash only wait for each other, which is harmless.
 */
public class AggregateWriteLock implements MessageHandlerInterceptor<CommandMessage<?>> {

    /** The first half of the advisory lock's key, so that nothing else that locks by a hash meets these. */
    static final int NAMESPACE = 0x534c41; // "SLA"

    private final JdbcTemplate jdbc;
    private final LongStatements longStatements;
    private final CachedAggregates cached;
    private final CommandTargetResolver targets = AnnotationCommandTargetResolver.builder().build();

    public AggregateWriteLock(JdbcTemplate jdbc, LongStatements longStatements, CachedAggregates cached) {
        this.jdbc = jdbc;
        this.longStatements = longStatements;
        this.cached = cached;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        if (unitOfWork.isRoot()) {
            String target = target(unitOfWork.getMessage());
            if (target != null) {
                // queued behind the other writers of the aggregate, the server says nothing until the lock is granted:
                // longer than the pool's short network timeout when several wait (LongStatements watches the server)
                longStatements.run("the lock of " + target, LongStatements.WRITE, () -> {
                    jdbc.query("SELECT pg_advisory_xact_lock(?, hashtext(?))", (RowCallbackHandler) row -> {
                    }, NAMESPACE, target);
                    return null;
                });
                cached.dropIfStale(target);
            }
        }
        return interceptorChain.proceed();
    }

    private String target(CommandMessage<?> command) {
        if (!NAMES_ITS_TARGET.get(command.getPayloadType())) {
            return null; // a command that creates its aggregate names none: nobody else can know its id yet
        }
        try {
            return targets.resolveTarget(command).getIdentifier();
        } catch (IllegalArgumentException noTarget) {
            return null; // it names none this time (a null id): the command handler refuses it
        }
    }

    /**
     * Whether a command type has a member that names its target aggregate. Asked first, because Axon answers a command
     * without one with an exception, whose stack trace (deep inside the HTTP request's) was 2.2 % of the command
     * side's CPU samples while vendors were registered and agreements drafted (docs/benchmarks.md, issue 15).
     */
    private static final ClassValue<Boolean> NAMES_ITS_TARGET = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return StreamSupport.stream(ReflectionUtils.fieldsOf(type).spliterator(), false)
                    .anyMatch(field -> AnnotationUtils.isAnnotationPresent(field, TargetAggregateIdentifier.class))
                    || StreamSupport.stream(ReflectionUtils.methodsOf(type).spliterator(), false)
                    .anyMatch(method -> AnnotationUtils.isAnnotationPresent(method, TargetAggregateIdentifier.class));
        }
    };
}
