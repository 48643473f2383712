package com.vendorsla.command.config;

import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

/**
 * The processes' (sagas') state in {@code saga_entry} and {@code association_value_entry} (Flyway's tables) through
 * plain JDBC instead of Axon's JPA saga store. Every event a process handles looks its instances up by association
 * value, and with JPA that lookup is an HQL query that Hibernate translates to SQL again on every execution: in the
 * benchmark's CPU profile of the command side the lookups were 10 % of all samples while writes ran
 * (docs/benchmarks.md, issue 15). Same tables, columns and saga JSON as the JPA store (both write the serializer's
 * type name and the saga's bytes), so a store written by the one is read by the other; the association rows take
 * their id from the table's sequence by default ({@code V320__saga_association_ids.sql}). The connection is the one of
 * the processor's transaction, so a process's state moves in the same commit as its token.
 */
@Configuration(proxyBeanMethods = false)
class JdbcSagas {

    static final SagaSchema SAGA_TABLES = SagaSchema.builder()
            .sagaEntryTable("saga_entry")
            .associationValueEntryTable("association_value_entry")
            .sagaIdColumn("saga_id")
            .sagaTypeColumn("saga_type")
            .revisionColumn("revision")
            .serializedSagaColumn("serialized_saga")
            .associationKeyColumn("association_key")
            .associationValueColumn("association_value")
            .build();

    @Bean
    SagaStore<Object> sagaStore(DataSource dataSource, Serializer serializer) {
        return JdbcSagaStore.builder()
                .connectionProvider(new UnitOfWorkAwareConnectionProviderWrapper(
                        new SpringDataSourceConnectionProvider(dataSource)))
                .sqlSchema(new PostgresSagaSqlSchema(SAGA_TABLES))
                .serializer(serializer)
                .build();
    }
}
