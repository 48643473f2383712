package com.vendorsla.query.replay;

import com.vendorsla.platform.persistence.LongStatements;
import com.vendorsla.query.cluster.ClusterConfig;
import com.vendorsla.query.web.NotFound;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Rebuilds a read model from the event store: stop its processor, reset its tokens (its {@code @ResetHandler} empties
 * its tables in the same transaction), start it again, and follow it until it has caught up with where it stood.
 * <p>
 * Only the query side's own read models can be replayed: processing groups of {@code com.vendorsla.query} beans.
 * In standalone the command side's processors (sagas, process managers) share the Axon configuration; replaying
 * those would re-run business decisions, so they are neither listed nor accepted.
 * <p>
 * "Running" is known per instance: with several query-side instances, a replay asked while another instance holds a
 * segment of the read model is refused ({@link ReplayBlocked}, 409) and changes nothing (Axon's reset rewrites every
 * segment's token, in one transaction with the {@code @ResetHandler}); it runs once the others are stopped, or gone
 * for longer than the claim timeout. One instance killed mid-replay carries on with it when it starts again (its
 * tokens are replay tokens); SplitTopologyFaultsIT shows both.
 */
@Component
public class ProjectionReplays implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ProjectionReplays.class);
    private static final String QUERY_SIDE = "com.vendorsla.query.";
    private static final Duration SHUTDOWN_LIMIT = Duration.ofSeconds(60);

    private final EventProcessingConfiguration processing;
    private final ApplicationContext context;
    private final JdbcTemplate jdbc;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Run> runs = new ConcurrentHashMap<>();
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "replay-watcher");
        thread.setDaemon(true);
        return thread;
    });
    private volatile SortedSet<String> groups;

    private final TransactionTemplate resetting;
    private final LongStatements longStatements;

    /**
     * @param longStatements a reset empties the read model in one statement ({@code @ResetHandler}): on a large one it
     *                       runs longer than the pool's short network timeout, in a transaction of its own
     */
    public ProjectionReplays(EventProcessingConfiguration processing, ApplicationContext context, JdbcTemplate jdbc,
                             PlatformTransactionManager transactions, LongStatements longStatements) {
        this.resetting = new TransactionTemplate(transactions);
        this.longStatements = longStatements;
        this.processing = processing;
        this.context = context;
        this.jdbc = jdbc;
    }

    /** One replay: who asked when, and when it was seen to have rejoined normal processing. */
    private static final class Run {
        final String requestedBy;
        final Instant requestedAt;
        final long startNanos = System.nanoTime();
        /** The store's first global index when the replay started: where it starts again. */
        final long firstIndex;
        volatile boolean resetting = true;
        volatile Instant finishedAt;
        volatile Long durationMs;
        volatile String failure;

        Run(String requestedBy, Instant requestedAt, long firstIndex) {
            this.requestedBy = requestedBy;
            this.requestedAt = requestedAt;
            this.firstIndex = firstIndex;
        }

        boolean active() {
            return finishedAt == null && failure == null;
        }

        /** Records the end once, by whoever sees it first: the watcher, or a progress read. */
        synchronized boolean finish(Instant at) {
            if (finishedAt != null) {
                return false;
            }
            durationMs = (System.nanoTime() - startNanos) / 1_000_000;
            finishedAt = at;
            return true;
        }
    }

    /** The query side's read models, by processing group. */
    public SortedSet<String> processingGroups() {
        if (groups == null) {
            SortedSet<String> found = new TreeSet<>();
            context.getBeansWithAnnotation(ProcessingGroup.class).values().forEach(bean -> {
                Class<?> type = AopUtils.getTargetClass(bean);
                ProcessingGroup group = AnnotationUtils.findAnnotation(type, ProcessingGroup.class);
                if (group != null && type.getName().startsWith(QUERY_SIDE)) {
                    found.add(group.value());
                }
            });
            groups = found;
        }
        return groups;
    }

    public List<ReplayProgress> all() {
        return processingGroups().stream().map(this::progress).toList();
    }

    /** Starts rebuilding one read model; answers at once, the replay goes on in the processor's threads. */
    public synchronized ReplayProgress start(String group, String requestedBy) {
        StreamingEventProcessor processor = processor(group);
        Run previous = runs.get(group);
        if ((previous != null && previous.active() && !finished(group, processor)) || processor.isReplaying()) {
            throw new ReplayRunning(group);
        }
        Run run = new Run(requestedBy, clock.instant(), firstIndex());
        runs.put(group, run);
        log.info("replay of {} requested by {}", group, requestedBy);
        try {
            processor.shutdownAsync().get(SHUTDOWN_LIMIT.toSeconds(), TimeUnit.SECONDS);
            // Axon's reset joins this transaction: its @ResetHandler's delete runs on the connection raised here
            resetting.executeWithoutResult(status -> longStatements.run("the reset of " + group, LongStatements.SCAN,
                    () -> {
                        processor.resetTokens();
                        return null;
                    }));
        } catch (Exception e) {
            run.failure = e.getClass().getSimpleName() + ": " + e.getMessage();
            UnableToClaimTokenException held = heldElsewhere(e);
            if (held != null) {
                // another instance holds a segment: the reset (and the @ResetHandler's delete with it) rolled back
                log.warn("replay of {} refused: {}", group, held.getMessage());
                throw new ReplayBlocked(group, held.getMessage());
            }
            log.error("replay of {} could not reset its tokens", group, e);
            throw new IllegalStateException("the replay of " + group + " could not start", e);
        } finally {
            run.resetting = false;
            processor.start();
        }
        watch(group, run);
        return progress(group);
    }

    private static UnableToClaimTokenException heldElsewhere(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnableToClaimTokenException held) {
                return held;
            }
        }
        return null;
    }

    public ReplayProgress progress(String group) {
        StreamingEventProcessor processor = processor(group);
        Map<Integer, EventTrackerStatus> statuses = processor.processingStatus();
        long head = head();
        List<ReplayProgress.SegmentProgress> segments = statuses.values().stream()
                .sorted(Comparator.comparingInt(status -> status.getSegment().getSegmentId()))
                .map(status -> new ReplayProgress.SegmentProgress(status.getSegment().getSegmentId(),
                        boxed(status.getCurrentPosition()), status.isCaughtUp(), !doneReplaying(status),
                        status.isErrorState() && status.getError() != null ? status.getError().toString() : null))
                .toList();
        Long position = segments.stream().map(ReplayProgress.SegmentProgress::position)
                .map(value -> value == null ? -1L : value).min(Long::compare).orElse(null);
        Long replayUntil = statuses.values().stream().map(EventTrackerStatus::getResetPosition)
                .filter(OptionalLong::isPresent).map(OptionalLong::getAsLong).max(Long::compare).orElse(null);
        Run run = runs.get(group);
        if (run != null && run.active() && finished(group, processor) && run.finish(clock.instant())) {
            // seen here before the watcher's next look: a progress that says the replay is over shows when it ended
            log.info("replay of {} finished in {} ms", group, run.durationMs);
        }
        // also a replay this instance did not start (another instance, or one interrupted by a restart)
        boolean replaying = (run != null && run.active())
                || segments.stream().anyMatch(ReplayProgress.SegmentProgress::replaying);
        String status;
        if (processor.isError() || segments.stream().anyMatch(segment -> segment.error() != null)) {
            status = "ERROR";
        } else if (replaying) {
            status = "REPLAYING";
        } else if (!processor.isRunning()) {
            status = "STOPPED";
        } else if (!segments.isEmpty() && segments.stream().allMatch(ReplayProgress.SegmentProgress::caughtUp)
                && position != null && position >= head) {
            status = "CAUGHT_UP";
        } else {
            status = "CATCHING_UP";
        }
        BigDecimal percent = percent(replaying, position, replayUntil, head);
        ReplayPace pace = run == null || !run.active() ? ReplayPace.UNKNOWN
                : ReplayPace.of(run.firstIndex, position, replayUntil, System.nanoTime() - run.startNanos,
                        clock.instant());
        ReplayProgress.LastReplay last = run == null ? null : new ReplayProgress.LastReplay(run.requestedBy,
                run.requestedAt, run.finishedAt, run.durationMs, run.failure);
        List<ReplayProgress.SegmentOwner> owners = jdbc.query("SELECT segment, owner FROM token_entry "
                + "WHERE processor_name = ? ORDER BY segment",
                (row, n) -> new ReplayProgress.SegmentOwner(row.getInt("segment"), row.getString("owner")), group);
        List<String> instances = jdbc.queryForList("SELECT node_id FROM processor_instance "
                + "WHERE last_seen > now() - interval '5 seconds' ORDER BY node_id", String.class);
        return new ReplayProgress(group, status, replaying, head, position != null && position < 0 ? null : position,
                replayUntil, percent, pace.eventsPerSecond(), pace.secondsLeft(), pace.expectedFinishAt(), segments,
                last, ClusterConfig.nodeId(context.getEnvironment().getProperty("sla.cluster.node-id")), owners,
                instances);
    }

    private static BigDecimal percent(boolean replaying, Long position, Long replayUntil, long head) {
        long target = replaying && replayUntil != null ? replayUntil : head;
        if (position == null || target <= 0) {
            return replaying ? BigDecimal.ZERO : null;
        }
        BigDecimal done = BigDecimal.valueOf(Math.max(0, Math.min(position, target)) * 100L)
                .divide(BigDecimal.valueOf(target), 1, RoundingMode.DOWN);
        return done;
    }

    /**
     * Whether a replay has rejoined normal processing: the processor holds every segment and none is replaying.
     * Before the processor has claimed its segments nothing is known yet, so the replay still counts as running.
     */
    private boolean finished(String group, StreamingEventProcessor processor) {
        Run run = runs.get(group);
        if (run != null && run.resetting) {
            return false;
        }
        if (!processor.isRunning() || processor.isError()) {
            return true;
        }
        Map<Integer, EventTrackerStatus> statuses = processor.processingStatus();
        Integer segments = jdbc.queryForObject("SELECT count(*) FROM token_entry WHERE processor_name = ?",
                Integer.class, group);
        return !statuses.isEmpty() && segments != null && statuses.size() >= segments
                && statuses.values().stream().allMatch(ProjectionReplays::doneReplaying);
    }

    /**
     * Axon keeps a segment's replay token until an event newer than the reset position arrives, so a segment that has
     * caught up with the position it stood at when reset is done, even while its token still says "replay".
     */
    private static boolean doneReplaying(EventTrackerStatus status) {
        if (!status.isReplaying()) {
            return true;
        }
        OptionalLong position = status.getCurrentPosition();
        OptionalLong until = status.getResetPosition();
        return status.isCaughtUp() && position.isPresent() && until.isPresent()
                && position.getAsLong() >= until.getAsLong();
    }

    private void watch(String group, Run run) {
        watcher.schedule(() -> {
            try {
                StreamingEventProcessor processor = processor(group);
                if (runs.get(group) != run) {
                    return;
                }
                if (finished(group, processor)) {
                    if (run.finish(clock.instant())) {
                        log.info("replay of {} finished in {} ms", group, run.durationMs);
                    }
                } else {
                    watch(group, run);
                }
            } catch (RuntimeException e) {
                log.warn("could not follow the replay of {}", group, e);
                watch(group, run);
            }
        }, 100, TimeUnit.MILLISECONDS);
    }

    private StreamingEventProcessor processor(String group) {
        if (!processingGroups().contains(group)) {
            throw new NotFound("read model", group);
        }
        return processing.eventProcessorByProcessingGroup(group, StreamingEventProcessor.class)
                .orElseThrow(() -> new NotFound("read model", group));
    }

    private long firstIndex() {
        Long first = jdbc.queryForObject("SELECT min(global_index) FROM domain_event_entry", Long.class);
        return first == null ? 0 : first;
    }

    private long head() {
        Long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        return head == null ? -1 : head;
    }

    private static Long boxed(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }

    @Override
    public void destroy() {
        watcher.shutdownNow();
    }
}
