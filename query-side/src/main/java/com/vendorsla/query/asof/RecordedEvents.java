package com.vendorsla.query.asof;

import com.vendorsla.sharedkernel.agreement.event.AgreementEvent;
import com.vendorsla.sharedkernel.audit.query.AsOf;
import com.vendorsla.sharedkernel.performance.event.PerformancePeriodEvent;
import com.vendorsla.sharedkernel.vendor.event.VendorEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The stored events behind an as-of read (domain.md, Audit: "rebuilt from events"): what had happened by an
 * instant, as recorded now or as recorded by an earlier instant ({@link AsOf}). Reads the store itself, never a read
 * model, so an as-of answer does not depend on a projection being complete, current or correct.
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
     * The aggregate's events that make up its state as of {@code asOf}: the longest prefix of its stream whose
     * events happened (business time) by the instant and, with {@code knownAt}, were recorded by then. A prefix,
     * because an aggregate's state is only ever a prefix of its events. Empty when it did not exist yet.
     */
    public List<DomainEventMessage<?>> of(String aggregateId, AsOf asOf) {
        List<DomainEventMessage<?>> recorded = new ArrayList<>();
        DomainEventStream events = eventStore.readEvents(aggregateId, 0L);
        while (events.hasNext()) {
            DomainEventMessage<?> message = events.next();
            if (!asOf.includes(businessTime(message), message.getTimestamp())) {
                break;
            }
            recorded.add(message);
        }
        return recorded;
    }

    /** When the event happened: its {@code occurredAt}, which every event of this platform states. */
    static Instant businessTime(DomainEventMessage<?> message) {
        Object payload = message.getPayload();
        Instant occurredAt = null;
        if (payload instanceof AgreementEvent event) {
            occurredAt = event.occurredAt();
        } else if (payload instanceof VendorEvent event) {
            occurredAt = event.occurredAt();
        } else if (payload instanceof PerformancePeriodEvent event) {
            occurredAt = event.occurredAt();
        }
        return occurredAt != null ? occurredAt : message.getTimestamp();
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
