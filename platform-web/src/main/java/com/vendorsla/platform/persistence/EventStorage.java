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
                .transactionManager(transactionManager), transactionManager, longStatements);
    }
}
