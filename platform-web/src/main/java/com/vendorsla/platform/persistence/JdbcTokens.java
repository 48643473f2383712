package com.vendorsla.platform.persistence;

import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * The event processors' tokens (table {@code token_entry}, Flyway's) written with plain JDBC instead of Axon's JPA
 * token store. Every processor stores its token once per batch, and with JPA that is an HQL update that Hibernate
 * translates to SQL again on every execution: in the benchmark's CPU profile of the query side that translation and
 * the update around it were 21 % of all samples while writes ran (docs/benchmarks.md, issue 15). Same table, same
 * columns, same claims ({@code owner}, {@code timestamp}, the claim timeout of
 * {@code axon.eventhandling.tokenstore.claim-timeout}), same token JSON: a store written by the one is read by the
 * other. The connection is the one of the transaction the processor's unit of work runs in, so a token moves in the
 * same commit as the read model's rows.
 * <p>
 * An auto-configuration ordered before Axon's JPA one (whose token store only stands in when there is none), so that
 * standalone, which runs both sides, declares it once.
 */
@AutoConfiguration(beforeName = "org.axonframework.springboot.autoconfig.JpaAutoConfiguration")
@ConditionalOnClass(JdbcTokenStore.class)
public class JdbcTokens {

    static final TokenSchema TOKEN_ENTRY = TokenSchema.builder()
            .setTokenTable("token_entry")
            .setProcessorNameColumn("processor_name")
            .setSegmentColumn("segment")
            .setTokenColumn("token")
            .setTokenTypeColumn("token_type")
            .setTimestampColumn("timestamp")
            .setOwnerColumn("owner")
            .build();

    /**
     * The owner name written into {@code token_entry}: {@code sla.cluster.node-id}, by default Axon's own (process id @
     * host name). The query side's segment balancer knows the instances by it; two instances in one JVM (tests) need
     * two names.
     */
    @Bean
    public TokenStore tokenStore(DataSource dataSource, Serializer serializer,
                                 @Value("${axon.eventhandling.tokenstore.claim-timeout:10s}") Duration claimTimeout,
                                 @Value("${sla.cluster.node-id:}") String nodeId) {
        return JdbcTokenStore.builder()
                .connectionProvider(new UnitOfWorkAwareConnectionProviderWrapper(
                        new SpringDataSourceConnectionProvider(dataSource)))
                .serializer(serializer)
                .schema(TOKEN_ENTRY)
                .claimTimeout(claimTimeout)
                .contentType(byte[].class)
                .nodeId(nodeId.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : nodeId)
                .build();
    }
}
