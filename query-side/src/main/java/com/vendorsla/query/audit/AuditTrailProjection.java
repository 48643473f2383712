package com.vendorsla.query.audit;

import com.vendorsla.sharedkernel.common.AuditMetadata;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Records every domain event of every aggregate in the audit trail, whatever its type: one generic handler, so
 * events added later are audited without code here. The payload is the JSON the event serializer stored, at the
 * revision it was stored with, never re-serialized (the trail shows what was recorded; an upcaster added later changes
 * what read models see, not this); business time is the payload's {@code occurredAt} when it has one.
 */
@Component
@ProcessingGroup(AuditTrailProjection.NAME)
public class AuditTrailProjection {

    public static final String NAME = "audit-trail";
    /** The unit-of-work resource holding the events of the current batch. */
    private static final String BATCH = AuditTrailProjection.class.getName() + ".batch";

    private final AuditTrail trail;
    private final Serializer eventSerializer;
    private final JsonMapper json;

    public AuditTrailProjection(AuditTrail trail, @Qualifier("eventSerializer") Serializer eventSerializer,
                                JsonMapper json) {
        this.trail = trail;
        this.eventSerializer = eventSerializer;
        this.json = json;
    }

    @EventHandler
    void on(DomainEventMessage<?> event, TrackingToken token) {
        long position = token.position().orElseThrow(() -> new IllegalStateException(
                "no global position for event " + event.getIdentifier()));
        record(new Handled(position, event));
    }

    /** An event of the current batch and its global position; nothing of it is read until the batch is written. */
    private record Handled(long position, DomainEventMessage<?> event) {
    }

    /**
     * Adds the event to those of the processor's current batch (up to {@code sla.events.batch-size} events in one
     * transaction), written together just before it commits. Outside a unit of work, at once.
     */
    private void record(Handled handled) {
        if (!CurrentUnitOfWork.isStarted()) {
            write(List.of(handled));
            return;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        root.<List<Handled>>getOrComputeResource(BATCH, key -> {
            List<Handled> batch = new ArrayList<>();
            root.onPrepareCommit(unitOfWork -> write(batch));
            return batch;
        }).add(handled);
    }

    /**
     * PostgreSQL copies the batch from the store's rows when it can take every one of them as stored (always, for
     * what the platform writes): one statement, nothing parsed or sent per event here. Otherwise each event is read
     * from its message and made storable (below), and the batch written from those records.
     */
    private void write(List<Handled> batch) {
        if (!trail.copyFromStore(batch.stream().map(handled -> handled.event().getIdentifier()).toList())) {
            trail.recordAll(batch.stream().map(handled -> recordOf(handled.event(), handled.position())).toList());
        }
    }

    /** The event read from its message, as {@link AuditTrail#recordAll} takes it (package-private for a test). */
    AuditRecord recordOf(DomainEventMessage<?> event, long position) {
        SerializedObject<byte[]> payload = event.serializePayload(eventSerializer, byte[].class);
        String storedJson = new String(payload.getData(), StandardCharsets.UTF_8);
        JsonNode tree = parse(storedJson);
        String payloadJson = storable(storedJson, tree);
        String typeName = payload.getType().getName();
        MetaData metaData = event.getMetaData();
        return new AuditRecord(position, event.getIdentifier(), event.getAggregateIdentifier(),
                event.getType(), event.getSequenceNumber(), simpleName(typeName), typeName,
                payload.getType().getRevision(), occurredAt(tree), event.getTimestamp(),
                text(metaData.get(AuditMetadata.ACTOR)), text(metaData.get(AuditMetadata.ROLE)),
                text(metaData.get(AuditMetadata.TRACE_ID)), text(metaData.get(AuditMetadata.CAUSATION_ID)),
                text(metaData.get(AuditMetadata.REASON)), payloadJson, metaDataJson(event));
    }

    @ResetHandler
    void reset() {
        trail.deleteAll();
    }

    static String simpleName(String typeName) {
        int cut = Math.max(typeName.lastIndexOf('.'), typeName.lastIndexOf('$'));
        return typeName.substring(cut + 1);
    }

    /** Business time: a top-level {@code occurredAt} instant, as every event of this platform states it. */
    private static Instant occurredAt(JsonNode payload) {
        JsonNode occurredAt = payload == null ? null : payload.get("occurredAt");
        if (occurredAt == null || !occurredAt.isString()) {
            return null;
        }
        try {
            return Instant.parse(occurredAt.asString());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The stored JSON, made storable in jsonb. PostgreSQL refuses the NUL character in jsonb and text, so a payload
     * holding one (only ever in free text a user typed) keeps U+FFFD in its place; anything that is not JSON at all
     * is kept as a JSON string rather than stopping the trail.
     */
    private String storable(String stored, JsonNode tree) {
        if (tree == null) {
            return json.writeValueAsString(text(stored));
        }
        return stored.contains("\\u0000") ? json.writeValueAsString(withoutNul(tree)) : stored;
    }

    private JsonNode parse(String stored) {
        try {
            return json.readTree(stored);
        } catch (JacksonException e) {
            return null;
        }
    }

    private String metaDataJson(DomainEventMessage<?> event) {
        String stored = new String(event.serializeMetaData(eventSerializer, byte[].class).getData(),
                StandardCharsets.UTF_8);
        return storable(stored, parse(stored));
    }

    private JsonNode withoutNul(JsonNode node) {
        if (node.isString()) {
            return StringNode.valueOf(text(node.asString()));
        }
        if (node.isObject()) {
            ObjectNode copy = json.createObjectNode();
            node.properties().forEach(property -> copy.set(text(property.getKey()), withoutNul(property.getValue())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = json.createArrayNode();
            node.forEach(item -> copy.add(withoutNul(item)));
            return copy;
        }
        return node;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString().replace('\u0000', '\uFFFD');
    }
}
