package com.vendorsla.command.notices;

import com.vendorsla.sharedkernel.common.AuditMetadata;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Map;

/**
 * One event as a CloudEvents 1.0 structured-mode JSON document (api.md, Notifications and integration events):
 * {@code specversion, id, source, type, subject, time, sequence, datacontenttype, data}; data holds the event's fields
 * and who caused it ({@code actor, role, correlationId}).
 */
public final class CloudEvents {

    public static final String CONTENT_TYPE = "application/cloudevents+json";
    public static final String TYPE_PREFIX = "com.vendorsla.";
    /** Where an aggregate's events come from, by the prefix of its id. */
    private static final Map<String, String> SOURCES = Map.of("agr", "/agreements/", "vnd", "/vendors/",
            "prd", "/periods/", "rvw", "/reviews/", "sub", "/subscriptions/", "ntc", "/notices/");

    private CloudEvents() {
    }

    public static byte[] body(JsonMapper json, EventMessage<?> event, long position) {
        ObjectNode data = json.valueToTree(event.getPayload());
        data.put("actor", text(event.getMetaData().get(AuditMetadata.ACTOR)));
        data.put("role", text(event.getMetaData().get(AuditMetadata.ROLE)));
        data.put("correlationId", text(event.getMetaData().get(AuditMetadata.TRACE_ID)));
        String subject = event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
        JsonNode occurredAt = data.get("occurredAt");
        ObjectNode envelope = json.createObjectNode();
        envelope.put("specversion", "1.0");
        envelope.put("id", event.getIdentifier());
        envelope.put("source", source(subject));
        envelope.put("type", TYPE_PREFIX + event.getPayloadType().getSimpleName());
        if (subject != null) {
            envelope.put("subject", subject);
        }
        envelope.put("time", occurredAt != null && occurredAt.isString() ? occurredAt.asString()
                : event.getTimestamp().toString());
        // the CloudEvents "sequence" extension is a string; it holds the event's global position in the store
        envelope.put("sequence", Long.toString(position));
        envelope.put("datacontenttype", "application/json");
        envelope.set("data", data);
        return json.writeValueAsBytes(envelope);
    }

    static String source(String aggregateId) {
        if (aggregateId == null) {
            return "/events";
        }
        int dash = aggregateId.indexOf('-');
        String path = dash > 0 ? SOURCES.get(aggregateId.substring(0, dash)) : null;
        return path == null ? "/events" : path + aggregateId;
    }

    /** {@code sha256=<hex HMAC-SHA256 of the raw body keyed with the secret>}: the X-SLA-Signature header. */
    public static String signature(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
