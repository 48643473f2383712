package com.vendorsla.query.config;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.queryhandling.LoggingQueryInvocationErrorHandler;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryBusSpanFactory;
import org.axonframework.queryhandling.QueryInvocationErrorHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.spring.config.SpringAxonConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;

import javax.sql.DataSource;
import java.util.Map;

/**
 * Axon on the read side: it reads the shared event store with pooled streaming processors, one per read model,
 * each with its own token in {@code token_entry}.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@EntityScan(basePackages = {
        "org.axonframework.eventsourcing.eventstore.jpa",
        "org.axonframework.eventhandling.tokenstore.jpa",
        "org.axonframework.modelling.saga.repository.jpa"})
public class AxonQueryConfig {

    /**
     * The read side sends no command and publishes no event, so nothing it handles passes correlation data on; yet
     * Axon's processors ask every correlation data provider about every event they handle (the result of each handled
     * event becomes a message of its own), and Axon's default provider reads the event's metadata to answer: a JSON
     * parse per event and processor, nine processors here. This provider, the only one of a query side on its own,
     * answers nothing for nothing. It is a bean of the type Axon collects, so it takes the place of Axon's default and
     * no other: in standalone the command side's providers stay beside it.
     */
    @Bean
    public CorrelationDataProvider noCorrelationOnTheReadSide() {
        return message -> Map.of();
    }

    /**
     * Axon's query bus, as Axon's auto-configuration builds it, without a transaction around each query handler. A read
     * is one or a few SELECTs, each of which sees the committed data as of its start either way (PostgreSQL's READ
     * COMMITTED), so the transaction bought nothing a read needs and cost every read a Hibernate session, a pooled
     * connection switched to manual commit and back, and a COMMIT round trip: 11 % of the CPU samples of a
     * {@code GET /api/vendors/{id}} (docs/benchmarks.md, issue 15). Reads that need one snapshot over several
     * statements (the audit trail's export, the integrity check) open their own read-only transaction.
     */
    @Bean
    @Qualifier("localSegment")
    public SimpleQueryBus queryBus(Configuration axon) {
        return SimpleQueryBus.builder()
                .messageMonitor(axon.messageMonitor(QueryBus.class, "queryBus"))
                .transactionManager(NoTransactionManager.instance())
                .errorHandler(axon.getComponent(QueryInvocationErrorHandler.class,
                        () -> LoggingQueryInvocationErrorHandler.builder().build()))
                .queryUpdateEmitter(axon.getComponent(QueryUpdateEmitter.class))
                .spanFactory(axon.getComponent(QueryBusSpanFactory.class))
                .build();
    }

    /**
     * With streams that wake the coordinator (below), an idle coordinator otherwise runs only every
     * min(claim extension threshold, token claim interval), Axon's 5 s: that run is also the one that marks segments
     * caught up, so a finished replay would be reported up to 5 s late. One second costs one token_entry read per
     * processor per second while idle; claims are still extended every 5 s, well inside their 10 s timeout.
     */
    static final long TOKEN_CLAIM_INTERVAL_MS = 1000;

    /**
     * Every processing group runs as a pooled streaming processor unless it says otherwise, with four segments:
     * enough parallelism for the two cores we size for, without sixteen tokens to claim and store per group.
     * <p>
     * Batches ({@code sla.events.batch-size}, 100): a segment handles up to that many of the events already waiting
     * for it in one transaction with one token update, instead of Axon's default of one transaction (a commit, a
     * WAL flush) per event. A processor that is caught up still handles each event as it comes, in a batch of one,
     * so the lag of a single write does not change; a replay or a burst of writes no longer pays a commit per
     * event (docs/benchmarks.md). Every read model writes with JDBC in the processor's transaction, so a handler
     * sees what earlier events of its batch wrote (or, where writes wait for the batch's end, {@link BatchedWrites}
     * and {@link BatchDocuments}, reads them from the batch's own queue and documents). An event that fails rolls its batch back and Axon retries it
     * ({@link ProjectionErrors}: without it Axon would log the failure and skip the event).
     */
    @Bean
    public ConfigurerModule pooledStreamingProcessors(@Value("${sla.events.batch-size:100}") int batchSize) {
        return configurer -> configurer.eventProcessing().usingPooledStreamingEventProcessors(
                (config, builder) -> builder.initialSegmentCount(4).tokenClaimInterval(TOKEN_CLAIM_INTERVAL_MS)
                        .batchSize(batchSize));
    }

    /**
     * Processors read the event store through streams that wake them when an event arrives: without this, Axon's
     * pooled coordinator looks at an idle embedded store only every 500 ms, and every read-your-writes waited for
     * it (see {@link EventArrivalSignallingSource}).
     */
    @Bean
    public ConfigurerModule eventArrivalSignalling() {
        return configurer -> configurer.eventProcessing().configureDefaultStreamableMessageSource(
                config -> new EventArrivalSignallingSource(config.eventStore()));
    }

    /**
     * In the split topology the events come from another JVM, which cannot wake this one: the store is polled, and
     * woken as another JVM commits ({@link CommitNotifications}). Axon's default poll of a second would make every
     * read-your-writes wait up to that long when no notification comes. The storage engine is platform-web's
     * ({@code EventStorage}), the one the command side appends with.
     */
    @Bean
    public EventStore eventStore(EventStorageEngine storageEngine, SpringAxonConfiguration axonConfiguration,
                                 @Value("${sla.events.fetch-delay-ms:50}") long fetchDelayMillis) {
        Configuration configuration = axonConfiguration.getObject();
        return new CommitNotifications.WakeableEventStore(EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(org.axonframework.eventhandling.EventBusSpanFactory.class))
                .fetchDelay(fetchDelayMillis));
    }

    /** The listener that wakes the store on another JVM's commits; {@code sla.events.commit-notifications=false} turns it off. */
    @Bean
    @ConditionalOnProperty(name = "sla.events.commit-notifications", havingValue = "true", matchIfMissing = true)
    CommitNotifications commitNotifications(DataSource dataSource, EventStore eventStore) {
        return new CommitNotifications(dataSource, (CommitNotifications.WakeableEventStore) eventStore);
    }
}
