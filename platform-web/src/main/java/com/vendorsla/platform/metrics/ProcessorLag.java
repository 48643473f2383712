package com.vendorsla.platform.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code sla_processor_lag_events{processor}} and {@code sla_processor_lag_seconds{processor}} (api.md, Operations) for
 * the streaming processors of this side: how many events the processor's slowest segment still has to handle (the
 * store's last global index minus the segment's token), and how long ago the oldest of them was committed (0 when
 * caught up). Read from {@code token_entry}, the shared truth, so every instance reports the same figures whichever
 * segments it holds; computed at most once a second, whatever the number of scrapes. Which processors: those of this
 * server's Axon configuration, so the command side reports its processes, the query side its read models and
 * standalone both (declared once by {@link PlatformMetricsAutoConfiguration}).
 */
public class ProcessorLag {

    static final String LAG_EVENTS = "sla_processor_lag_events";
    static final String LAG_SECONDS = "sla_processor_lag_seconds";
    private static final long REFRESH_NANOS = Duration.ofSeconds(1).toNanos();

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final MeterRegistry registry;
    private volatile Snapshot snapshot;

    public ProcessorLag(EventProcessingConfiguration processing, JdbcTemplate jdbc, MeterRegistry registry) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.registry = registry;
    }

    private record Lag(long events, double seconds) {
    }

    private record Snapshot(long takenAt, Map<String, Lag> lags) {
    }

    @EventListener(ApplicationReadyEvent.class)
    public void registerGauges() {
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor) {
                Gauge.builder(LAG_EVENTS, this, lag -> lag.of(name).events())
                        .description("Events the processor's slowest segment has still to handle")
                        .tag("processor", name).register(registry);
                Gauge.builder(LAG_SECONDS, this, lag -> lag.of(name).seconds())
                        .description("Age of the oldest event the processor has still to handle (0 when caught up)")
                        .tag("processor", name).register(registry);
            }
        });
    }

    private Lag of(String processor) {
        Snapshot current = snapshot;
        if (current == null || System.nanoTime() - current.takenAt() > REFRESH_NANOS) {
            current = new Snapshot(System.nanoTime(), measure());
            snapshot = current;
        }
        return current.lags().getOrDefault(processor, new Lag(-1, Double.NaN));
    }

    private Map<String, Lag> measure() {
        Long head = jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM domain_event_entry", Long.class);
        List<Map<String, Object>> positions = jdbc.queryForList("""
                SELECT processor_name, min(coalesce((convert_from(token, 'UTF8')::jsonb ->> 'index')::bigint,
                    (convert_from(token, 'UTF8')::jsonb -> 'currentToken' ->> 'index')::bigint, -1)) AS position
                FROM token_entry GROUP BY processor_name""");
        Map<String, Lag> lags = new HashMap<>();
        Instant now = Instant.now();
        for (Map<String, Object> row : positions) {
            long position = ((Number) row.get("position")).longValue();
            long behind = Math.max(0, head - position);
            double seconds = 0;
            if (behind > 0) {
                List<String> oldest = jdbc.queryForList("""
                        SELECT time_stamp FROM domain_event_entry WHERE global_index > ?
                        ORDER BY global_index LIMIT 1""", String.class, position);
                seconds = oldest.isEmpty() ? 0 : age(oldest.get(0), now);
            }
            lags.put((String) row.get("processor_name"), new Lag(behind, seconds));
        }
        return lags;
    }

    private static double age(String timestamp, Instant now) {
        try {
            return Math.max(0, Duration.between(Instant.parse(timestamp), now).toNanos() / 1e9);
        } catch (DateTimeParseException e) {
            return Double.NaN;
        }
    }
}
