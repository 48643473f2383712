package com.vendorsla.query.cluster;

import org.axonframework.config.EventProcessingConfiguration;
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

    // The token store (platform-web's JdbcTokens) writes sla.cluster.node-id, by default Axon's own name (process id
    // @ host name), as the owner into token_entry: the balancer knows the instances by it; two in one JVM (tests)
    // need two names.

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
