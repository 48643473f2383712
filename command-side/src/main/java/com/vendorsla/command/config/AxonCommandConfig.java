package com.vendorsla.command.config;

import com.vendorsla.command.notices.NoticeScheduling;
import com.vendorsla.command.performance.AgreementPerformanceProcess;
import com.vendorsla.command.renegotiation.AcquisitionProcess;
import com.vendorsla.command.review.AnnualReviewProcess;
import com.vendorsla.sharedkernel.common.AuditMetadata;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotterFactoryBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Axon on the write side: JPA event store on PostgreSQL (entities scanned below, schema by Flyway),
 * Jackson 3 everywhere (application.yml), audit metadata on every event, snapshots off the request thread.
 */
@Configuration(proxyBeanMethods = false)
@EntityScan(basePackages = {
        "org.axonframework.eventsourcing.eventstore.jpa",
        "org.axonframework.eventhandling.tokenstore.jpa",
        "org.axonframework.modelling.saga.repository.jpa"})
public class AxonCommandConfig {

    /** Snapshot an aggregate every this many events: long-lived agreements accumulate years of history. */
    static final int SNAPSHOT_EVERY = 100;

    /**
     * Declaring any provider replaces Axon's default list, which holds only the MessageOriginProvider: it
     * is declared again here so that correlation (traceId) and causation (correlationId) ids stay on events.
     */
    @Bean
    public CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    /** Who acted, in which role, for which vendor, and why: copied from each command onto every event it causes. */
    @Bean
    public CorrelationDataProvider auditCorrelationDataProvider() {
        return new SimpleCorrelationDataProvider(AuditMetadata.ACTOR, AuditMetadata.ROLE, AuditMetadata.ACTING_VENDOR,
                AuditMetadata.REASON);
    }

    /**
     * Axon's gateway, with one addition: a write that lost the race for an aggregate's next sequence number to another
     * command side is tried again on the new state ({@link ConcurrentWriteRetry}); nothing else is retried.
     */
    @Bean
    public CommandGateway commandGateway(CommandBus commandBus) {
        return DefaultCommandGateway.builder().commandBus(commandBus).retryScheduler(new ConcurrentWriteRetry()).build();
    }

    /**
     * Targets commands of the aggregates that name no resolver, as Axon does by default. Declared because Axon would
     * otherwise use the only other resolver, {@link #ownershipFirstTargetResolver()}, for every aggregate.
     */
    @Bean
    @Primary
    public CommandTargetResolver commandTargetResolver() {
        return AnnotationCommandTargetResolver.builder().build();
    }

    /** For the aggregates a vendor's user writes to, which check its If-Match after its ownership themselves. */
    @Bean
    public CommandTargetResolver ownershipFirstTargetResolver() {
        return new OwnershipFirstTargetResolver();
    }

    /**
     * The command side's processors (the processes, or sagas, and the notices' scheduling), when it runs
     * on its own (split topology), as tracking processors with up to four threads, handling up to
     * {@code sla.events.batch-size} (100) waiting events per transaction, on ONE segment in a new store. A process is
     * looked up by association value for every event it handles, and Axon does that lookup in every segment and
     * only then keeps the instances of its own: with four segments every event cost four lookups per process (on the
     * command side's CPU profile the processes were over a quarter of all samples, docs/benchmarks.md, issue 15),
     * for events that come at the pace of people's writes. Four threads because a store that standalone or an earlier
     * version created may hold four segments of the same processors: one thread would claim segment 0 only and leave
     * the events of segments 1-3 to nobody; with four, every existing segment is worked off. In standalone this
     * configuration is not used (its processors are pooled; {@link #processesOnOneSegmentWhenPooled} does the same).
     */
    @Bean
    public ConfigurerModule processesOnOneSegment(@Value("${sla.events.batch-size:100}") int batchSize) {
        return configurer -> configurer.eventProcessing().registerTrackingEventProcessorConfiguration(
                config -> TrackingEventProcessorConfiguration.forParallelProcessing(PROCESS_THREADS)
                        .andInitialSegmentsCount(PROCESS_SEGMENTS)
                        .andBatchSize(batchSize));
    }

    /** The same single segment for the command side's processors where they are pooled (standalone). */
    @Bean
    public ConfigurerModule processesOnOneSegmentWhenPooled() {
        return configurer -> COMMAND_SIDE_PROCESSORS.forEach(name -> configurer.eventProcessing()
                .registerPooledStreamingEventProcessorConfiguration(name,
                        (config, builder) -> builder.initialSegmentCount(PROCESS_SEGMENTS)));
    }

    static final int PROCESS_SEGMENTS = 1;
    static final int PROCESS_THREADS = 4;
    static final List<String> COMMAND_SIDE_PROCESSORS = List.of(AcquisitionProcess.NAME, AnnualReviewProcess.NAME,
            AgreementPerformanceProcess.NAME, NoticeScheduling.NAME);

    /**
     * Aggregates kept in memory between commands (Agreement, PerformancePeriod, Vendor, AnnualReview name it), so a
     * command does not read and deserialize the aggregate's events (or its snapshot and the events after it) again:
     * in the benchmark's CPU profile that loading was the largest part of handling a command (docs/benchmarks.md,
     * issue 15). Safe because an aggregate is only ever changed through this repository under its lock: a unit of
     * work that rolls back (a rule refused the command, the append failed) removes the aggregate from the cache, and
     * with several command sides, a write that takes the aggregate's lock first drops a copy another side has written
     * past ({@link AggregateWriteLock}), and a copy that is stale nonetheless makes the append fail on the sequence
     * number (unique per aggregate in the store), which rolls back, evicts, and the retry reads the store. Weak
     * references: the garbage collector decides how long an entry lives, so the cache never costs memory the
     * process needs.
     */
    @Bean
    public Cache aggregateCache() {
        return new WeakReferenceCache();
    }

    @Bean(destroyMethod = "shutdown")
    public ExecutorService snapshotExecutor() {
        return Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "snapshotter");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    public SpringAggregateSnapshotterFactoryBean snapshotter(ExecutorService snapshotExecutor) {
        SpringAggregateSnapshotterFactoryBean factory = new SpringAggregateSnapshotterFactoryBean();
        factory.setExecutor(snapshotExecutor);
        return factory;
    }

    @Bean
    public SnapshotTriggerDefinition snapshotEvery100Events(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, SNAPSHOT_EVERY);
    }
}
