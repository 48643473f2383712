package com.vendorsla.command.config;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A write that only lost the race for an aggregate's next sequence number is tried again inside the platform, so that
 * several command sides on one event store answer no {@code 409 CONCURRENT_MODIFICATION} for writes that do not
 * conflict in meaning (issue 16, item 3).
 * <p>
 * Retried, each time on a freshly loaded aggregate (a new unit of work; Axon's caching repository evicts an aggregate
 * whose unit of work rolled back), so its rules are checked against the state the other instance recorded:
 * <ul>
 *     <li>{@link ConcurrencyException}: the append found the sequence number taken (the unique key on aggregate and
 *     sequence number, which Axon's JPA engine turns into this exception);</li>
 *     <li>once, an {@link AggregateStreamCreationException}: another writer created the aggregate (its sequence number
 *     0) at the same moment, as two first downtimes of a month do; tried again, a handler that creates the aggregate
 *     only if it is missing finds it and adds to it (one that always creates fails the same way again: final);</li>
 *     <li>once, a {@link ConflictingAggregateVersionException} whose If-Match names a version <em>ahead</em> of the
 *     aggregate loaded: only a stale copy of the aggregate (a cache another instance wrote past) explains that.</li>
 * </ul>
 * Never retried: a stale If-Match (the aggregate is ahead of it: 412), a broken rule (409 with its code), anything else.
 * <p>
 * Bounded ({@link #MAX_ATTEMPTS} in all) with full jitter, on the caller's thread. Two places apply it, one policy:
 * <ul>
 *     <li>the command gateway ({@link #scheduleRetry}), for a command that runs in a transaction of its own;</li>
 *     <li>the idempotency filter, which runs the command in <em>its</em> transaction (key, events and answer commit
 *     together): a lost race aborts that PostgreSQL transaction, so the filter runs the whole transaction again
 *     ({@link #markLostRace}/{@link #lostRace}); the gateway does not retry inside a surrounding transaction.</li>
 * </ul>
 */
public final class ConcurrentWriteRetry implements RetryScheduler {

    /** Tries in all, the first included. */
    public static final int MAX_ATTEMPTS = 6;
    /** The first pause is up to this long; each next one up to twice as long. */
    static final long BASE_PAUSE_MILLIS = 10;

    private static final Logger log = LoggerFactory.getLogger(ConcurrentWriteRetry.class);
    private static final String LOST_RACE = ConcurrentWriteRetry.class.getName() + ".lostRace";

    /** What a failure allows. */
    public enum Verdict {
        /** The sequence number was taken by another writer: try again on the new state. */
        LOST_RACE,
        /** Another writer created the same aggregate at once: try again once, on the aggregate it created. */
        CREATED_BY_ANOTHER,
        /** The aggregate loaded was older than the If-Match: a stale copy; try again once. */
        STALE_COPY,
        /** A real answer: give it. */
        FINAL
    }

    public static Verdict verdict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CommandExecutionException e && e.getDetails().isPresent()) {
                return Verdict.FINAL; // a broken rule, as data
            }
            if (cause instanceof ConflictingAggregateVersionException conflict) {
                return conflict.getActualVersion() != ExpectedVersion.NONE
                        && conflict.getActualVersion() < conflict.getExpectedVersion() ? Verdict.STALE_COPY : Verdict.FINAL;
            }
            if (cause instanceof AggregateStreamCreationException) {
                return Verdict.CREATED_BY_ANOTHER;
            }
            if (cause instanceof ConcurrencyException) {
                return Verdict.LOST_RACE;
            }
        }
        return Verdict.FINAL;
    }

    /**
     * Whether a write that failed this way on its {@code attempt}-th try (1 the first) is tried again, given the
     * verdicts of its earlier tries.
     */
    public static boolean mayRetry(Verdict verdict, int attempt, Set<Verdict> before) {
        if (attempt >= MAX_ATTEMPTS || verdict == Verdict.FINAL) {
            return false;
        }
        return verdict == Verdict.LOST_RACE || !before.contains(verdict);
    }

    /** Waits before the next try: full jitter, up to 10, 20, 40... ms. False if interrupted (then give up). */
    public static boolean pause(int attempt) {
        long bound = BASE_PAUSE_MILLIS << Math.min(attempt - 1, 6);
        try {
            Thread.sleep(1 + ThreadLocalRandom.current().nextLong(bound));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Called by the command gateway when a command failed; {@code failures} holds the classes of every failure so far,
     * this one included. Dispatches again at once, on this thread, after the pause: the caller is still waiting.
     */
    @Override
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
                                 List<Class<? extends Throwable>[]> failures, Runnable commandDispatch) {
        Verdict verdict = verdict(lastFailure);
        if (verdict == Verdict.FINAL) {
            return false;
        }
        // A surrounding transaction (the idempotency filter's, an import's) is aborted by the failed append: only its
        // owner can try again. Nor is a command sent from an event handler's unit of work retried here.
        if (TransactionSynchronizationManager.isActualTransactionActive() || CurrentUnitOfWork.isStarted()) {
            markLostRace(verdict);
            return false;
        }
        int attempt = failures.size();
        Set<Verdict> before = EnumSet.noneOf(Verdict.class);
        failures.subList(0, attempt - 1).forEach(chain -> {
            List<Class<? extends Throwable>> classes = Arrays.asList(chain);
            if (classes.contains(AggregateStreamCreationException.class)) {
                before.add(Verdict.CREATED_BY_ANOTHER);
            }
            if (classes.contains(ConflictingAggregateVersionException.class)) {
                before.add(Verdict.STALE_COPY);
            }
        });
        if (!mayRetry(verdict, attempt, before) || !pause(attempt)) {
            return false;
        }
        log.debug("{} {} on try {}, trying again", commandMessage.getPayloadType().getSimpleName(), verdict, attempt);
        commandDispatch.run();
        return true;
    }

    /**
     * Tells the idempotency filter, through the current request, that a write of its transaction failed in a way that
     * allows another try of the whole transaction.
     */
    static void markLostRace(Verdict verdict) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(LOST_RACE, verdict, RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** How the request's last try failed, if a write lost a race or met a stale copy (and forgets it, for the next try). */
    public static Verdict lostRace(jakarta.servlet.ServletRequest request) {
        Object verdict = request.getAttribute(LOST_RACE);
        request.removeAttribute(LOST_RACE);
        return verdict instanceof Verdict v ? v : Verdict.FINAL;
    }
}
