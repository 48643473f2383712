package com.vendorsla.query.audit;

import com.vendorsla.sharedkernel.audit.query.AuditEventView;
import com.vendorsla.sharedkernel.intake.Provenance;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Audit trails and histories as CSV (RFC 4180): a header row, CRLF line ends, fields quoted when they hold a comma,
 * a quote or a line break, quotes doubled. The payload is one column holding the event's JSON; the last two,
 * importId and sourceId, say which import (or, with sourceId alone, which alert) recorded a measurement, from the
 * event's provenance, and are empty for every other event.
 * <p>
 * Cells are written as stored, except that a cell a spreadsheet would run as a formula (one starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return, and not a plain number) gets a leading apostrophe, as
 * OWASP advises against CSV injection: a reason typed as {@code =HYPERLINK(…)} then shows as text instead of running
 * on an auditor's machine. The JSON export and the payload column keep every value exactly as recorded.
 */
final class AuditCsv {

    static final String MEDIA_TYPE = "text/csv";
    private static final String FORMULA_START = "=+-@\t\r";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    static final List<String> COLUMNS = List.of("globalIndex", "aggregateId", "aggregateType", "sequence", "type",
            "typeName", "revision", "occurredAt", "recordedAt", "actor", "role", "actingVendorId", "correlationId", "causationId",
            "reason", "eventId", "chainHash", "payload", "importId", "sourceId");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AuditCsv() {
    }

    /**
     * Whether the caller prefers CSV to JSON: the first acceptable of the two, by quality then order, wins; a
     * missing header or a wildcard means JSON.
     */
    static boolean requested(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return false;
        }
        return types.stream()
                .filter(type -> type.getQualityValue() > 0)
                .sorted(Comparator.comparingDouble(MediaType::getQualityValue).reversed())
                .filter(type -> type.includes(MediaType.APPLICATION_JSON) || type.includes(MediaType.parseMediaType(MEDIA_TYPE)))
                .findFirst()
                .map(type -> !type.includes(MediaType.APPLICATION_JSON))
                .orElse(false);
    }

    /** Writes the header, then lets {@code rows} feed every event to the consumer it is given. */
    static void write(HttpServletResponse response, String fileName, Consumer<Consumer<AuditEventView>> rows)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(MEDIA_TYPE + "; charset=UTF-8; header=present");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"");
        Writer out = response.getWriter();
        row(out, COLUMNS);
        try {
            rows.accept(event -> row(out, fields(event)));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    static List<String> fields(AuditEventView event) {
        return java.util.Arrays.asList(String.valueOf(event.globalIndex()), event.aggregateId(),
                event.aggregateType(), String.valueOf(event.sequence()), event.type(), event.typeName(),
                event.revision(), instant(event.occurredAt()), instant(event.recordedAt()), event.actor(),
                event.role(), event.actingVendorId(), event.correlationId(), event.causationId(), event.reason(), event.eventId(),
                event.chainHash(), event.payload(), provenance(event, Provenance.IMPORT_ID),
                provenance(event, Provenance.SOURCE_ID));
    }

    /** One field of the event's provenance (an import's row or an alert), empty when it has none. */
    private static String provenance(AuditEventView event, String field) {
        if (event.provenance() == null || event.provenance().isBlank()) {
            return null;
        }
        JsonNode value = JSON.readTree(event.provenance()).get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static void row(Writer out, List<String> fields) {
        try {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(quoted(fields.get(i)));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String quoted(String field) {
        if (field == null) {
            return "";
        }
        field = inert(field);
        boolean quote = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0;
        return quote ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }

    /** The cell with a leading apostrophe when a spreadsheet would take it for a formula. */
    static String inert(String field) {
        if (field.isEmpty() || FORMULA_START.indexOf(field.charAt(0)) < 0 || PLAIN_NUMBER.matcher(field).matches()) {
            return field;
        }
        return "'" + field;
    }

    private static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
