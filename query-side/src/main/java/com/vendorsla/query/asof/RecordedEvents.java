package com.vendorsla.query.asof;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the event store held at a past instant, for as-of reads (domain.md, Audit: "rebuilt from events"). Reads
 * the store itself, never a read model, so an as-of answer does not depend on a projection being complete, current
 * or correct.
 */
@Component
public class RecordedEvents {

    private final EventStore eventStore;
    private final JdbcTemplate jdbc;

    public RecordedEvents(EventStore eventStore, JdbcTemplate jdbc) {
        this.eventStore = eventStore;
        this.jdbc = jdbc;
    }

    /**
     * The aggregate's events recorded at or before {@code asOf}, in sequence order: the longest prefix of its stream
     * recorded by then (an aggregate's state is always a prefix of its events). Empty when it did not exist yet.
     */
    public List<DomainEventMessage<?>> of(String aggregateId, Instant asOf) {
        List<DomainEventMessage<?>> recorded = new ArrayList<>();
        DomainEventStream events = eventStore.readEvents(aggregateId, 0L);
        while (events.hasNext()) {
            DomainEventMessage<?> message = events.next();
            if (message.getTimestamp().isAfter(asOf)) {
                break;
            }
            recorded.add(message);
        }
        return recorded;
    }

    /**
     * The aggregates with an event of one of {@code payloadTypes} whose stored payload mentions {@code text}: a
     * candidate list (the JSON payload is searched as text), which the caller confirms by folding each candidate's
     * events. One scan of the events of those types.
     */
    public List<String> aggregatesMentioning(String text, List<Class<?>> payloadTypes) {
        String[] types = payloadTypes.stream().map(Class::getName).toArray(String[]::new);
        return jdbc.queryForList("""
                SELECT DISTINCT aggregate_identifier FROM domain_event_entry
                WHERE payload_type = ANY (?) AND position(? IN convert_from(payload, 'UTF8')) > 0
                ORDER BY aggregate_identifier""", String.class, types, "\"" + text + "\"");
    }
}
