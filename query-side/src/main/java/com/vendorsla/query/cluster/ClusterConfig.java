package com.vendorsla.query.cluster;

import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jpa.JpaTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.TokenStoreProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;

/**
 * Several instances of the read side (or of standalone) on one event store share each processor's segments
 * ({@link SegmentBalancer}); {@code sla.cluster.balance=false} leaves the segments to whoever claims them first.
 */
@Configuration(proxyBeanMethods = false)
public class ClusterConfig {

    /**
     * Axon's JPA token store as its auto-configuration builds it, with one setting more: the owner name it writes into
     * {@code token_entry}, {@code sla.cluster.node-id}, by default Axon's own (process id @ host name). The balancer
     * knows the instances by this name; two in one JVM (tests) need two names.
     */
    @Bean
    public TokenStore tokenStore(EntityManagerProvider entityManagerProvider, Serializer serializer,
                                 TokenStoreProperties properties,
                                 @Value("${sla.cluster.node-id:}") String nodeId) {
        return JpaTokenStore.builder().entityManagerProvider(entityManagerProvider).serializer(serializer)
                .claimTimeout(properties.getClaimTimeout()).nodeId(nodeId(nodeId)).build();
    }

    /** This instance's id among those sharing the processors: {@code sla.cluster.node-id}, or Axon's default. */
    public static String nodeId(String configured) {
        return configured == null || configured.isBlank() ? SegmentBalancer.DEFAULT_NODE_ID : configured;
    }

    @Bean
    @ConditionalOnProperty(name = "sla.cluster.balance", havingValue = "true", matchIfMissing = true)
    public SegmentBalancer segmentBalancer(JdbcTemplate jdbc, EventProcessingConfiguration processing,
                                           @Value("${sla.cluster.balance-interval:2s}") Duration interval,
                                           @Value("${sla.cluster.liveness:5s}") Duration liveness,
                                           @Value("${sla.cluster.node-id:}") String nodeId) {
        return new SegmentBalancer(jdbc, processing, nodeId(nodeId), interval, liveness);
    }
}
