package com.vendorsla.platform.persistence;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.config.SpringAxonConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The event storage engine of both sides: Axon's JPA engine, built as Axon's auto-configuration builds it, appending
 * with {@link BatchedAppendEventStorageEngine}. An auto-configuration ordered before Axon's JPA event store one (which
 * only stands in when there is no engine), so that the command side, the query side (whose own event store would
 * otherwise leave it without one) and standalone, which runs both, declare it once.
 */
@AutoConfiguration(
        afterName = "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
        beforeName = "org.axonframework.springboot.autoconfig.JpaEventStoreAutoConfiguration")
@ConditionalOnClass(JpaEventStorageEngine.class)
public class EventStorage {

    /**
     * How long a processor waits for a global index whose transaction has not committed (a gap), once its token holds
     * more than Axon's 250 gaps: 30 minutes (Axon's default: 1 minute). The event store refuses the commit of any
     * transaction that appends events more than twelve minutes after it began (db/eventstore/V330, which says why
     * that suffices), so a gap is never forgotten while its event can still commit; rolled-back appends leave gaps
     * that are forgotten after this.
     */
    static final int GAP_TIMEOUT_MS = 30 * 60 * 1000;

    /**
     * How far behind the newest event a gap may lie before Axon forgets it, whatever its age: 10,000 by default,
     * which one import overtakes (up to {@code sla.imports.max-rows}, 100,000 events, appended in one statement): a
     * transaction that took its index before such an import and committed after it was skipped by every processor
     * (LateCommitTest). 250,000 covers two of the largest imports committing past an open transaction. The price:
     * the gaps a rolled-back append leaves (its indexes are never used) stay in the tokens until they are older than
     * the gap timeout, up to that many numbers per token.
     */
    static final int MAX_GAP_OFFSET = 250_000;

    @Bean
    @ConditionalOnMissingBean(EventStorageEngine.class)
    public EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 SpringAxonConfiguration axonConfiguration,
                                                 EntityManagerProvider entityManagerProvider,
                                                 TransactionManager transactionManager,
                                                 LongStatements longStatements) {
        org.axonframework.config.Configuration configuration = axonConfiguration.getObject();
        return new BatchedAppendEventStorageEngine(JpaEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .entityManagerProvider(entityManagerProvider)
                .transactionManager(transactionManager)
                .gapTimeout(GAP_TIMEOUT_MS)
                .maxGapOffset(MAX_GAP_OFFSET), transactionManager, longStatements);
    }
}
