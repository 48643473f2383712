package com.vendorsla.command.intake;

import com.vendorsla.command.intake.IntakeConfig.ImportLimits;
import com.vendorsla.sharedkernel.common.BadRequest;
import com.vendorsla.sharedkernel.intake.ImportKind;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.core.annotation.AliasFor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code POST /api/imports/{kind}} (api.md, Measurement intake): a CSV or JSON file of measurements, taken whole. */
@RestController
@Tag(name = "Measurement intake")
public class ImportController {

    static final String CSV = "text/csv";

    private final MeasurementImporter importer;
    private final ImportLimits limits;
    private final JsonMapper json;

    ImportController(MeasurementImporter importer, ImportLimits limits, JsonMapper json) {
        this.importer = importer;
        this.limits = limits;
        this.json = json;
    }

    /**
     * What every import takes and answers. The three kinds are three literal paths (not one {@code {kind}} template):
     * a template would be the same path as the read side's {@code GET /api/imports/{importId}}, which OpenAPI forbids.
     */
    static final String IMPORT_RULES = "text/csv (RFC 4180, UTF-8, optional BOM, a header row naming the columns) or application/json "
                    + "(an array of row objects). Columns: agreementId, period, sourceId and the fields of the single-record "
                    + "request (downtime: serviceLevelId, start, end, cause, reference?; incidents: ticket, severity, openedAt, "
                    + "respondedAt?, resolvedAt?, customerWaits? as from/to;from/to; kpis: serviceLevelId, value). Any bad row: "
                    + "422 with errors [{row, field, code, message}] (data rows count from 1, 0 is the header) and nothing "
                    + "recorded. A sourceId recorded before with the same content is a duplicate (counted, not recorded again); "
                    + "with other content SOURCE_ID_CONFLICT. profile=servicenow|jira reads those incident exports "
                    + "(docs/intake.md), with agreementId and period as parameters when the file has no such column; local "
                    + "times in an export are read in timeZone (default UTC). Limits sla.imports.max-rows and "
                    + "sla.imports.max-bytes: 413. Every recorded event carries its provenance (importId, sourceId, row, "
                    + "the file's sha256) in its metadata.";

    @ImportOperation(path = "/api/imports/downtime", operationId = "importDowntime",
            summary = "Import downtime from a CSV or JSON file, all or nothing")
    public ResponseEntity<Object> importDowntime(@ParameterObject ImportOptions options, HttpServletRequest request) {
        return importFile("downtime", options, request);
    }

    @ImportOperation(path = "/api/imports/incidents", operationId = "importIncidents",
            summary = "Import incidents (tickets) from a CSV or JSON file or a ServiceNow or Jira export, all or nothing")
    public ResponseEntity<Object> importIncidents(@ParameterObject ImportOptions options, HttpServletRequest request) {
        return importFile("incidents", options, request);
    }

    @ImportOperation(path = "/api/imports/kpis", operationId = "importKpiValues",
            summary = "Import KPI values from a CSV or JSON file, all or nothing")
    public ResponseEntity<Object> importKpiValues(@ParameterObject ImportOptions options, HttpServletRequest request) {
        return importFile("kpis", options, request);
    }

    /** The query parameters every import takes, bound from the query string (all optional). */
    public record ImportOptions(
            @Parameter(description = "check everything, record nothing (200)") Boolean dryRun,
            @Parameter(description = "servicenow or jira (incidents only)") String profile,
            @Parameter(description = "for a profile's file without an agreementId column") String agreementId,
            @Parameter(description = "for a profile's file without a period column (yyyy-MM)") String period,
            @Parameter(description = "time zone of local times in the file (default UTC)") String timeZone) {
    }

    /** What the three import operations declare alike: the media types they take, the rules and the body's two forms. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @RequestMapping(method = RequestMethod.POST, consumes = {CSV, MediaType.APPLICATION_JSON_VALUE})
    @Operation(description = IMPORT_RULES)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
            @Content(mediaType = CSV, schema = @Schema(type = "string"), examples = @ExampleObject(value = """
                    agreementId,period,sourceId,ticket,severity,openedAt,respondedAt,resolvedAt
                    agr-0b0d4a4e-1f5c-3b8e-9a51-3c1f0c5e9d11,2026-02,INC0010001,INC0010001,URGENT,2026-02-03T10:00:00Z,2026-02-03T10:20:00Z,2026-02-03T12:00:00Z
                    """)),
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, array = @ArraySchema(schema = @Schema(type = "object")))})
    @interface ImportOperation {

        @AliasFor(annotation = RequestMapping.class, attribute = "path")
        String path();

        @AliasFor(annotation = Operation.class, attribute = "operationId")
        String operationId();

        @AliasFor(annotation = Operation.class, attribute = "summary")
        String summary();
    }

    /** Any other kind: the same 400 as a malformed field, so a typo in the path is told, not a 404 or 405. */
    @Hidden
    @PostMapping(path = "/api/imports/{kind}", consumes = {CSV, MediaType.APPLICATION_JSON_VALUE})
    public ResponseEntity<Object> unknownKind(@PathVariable String kind) {
        throw new BadRequest("kind", "imports are of kind downtime, incidents or kpis");
    }

    private ResponseEntity<Object> importFile(String kind, ImportOptions options, HttpServletRequest request) {
        String profile = options.profile();
        try {
            ImportKind importKind = ImportKind.fromPath(kind).orElseThrow(() ->
                    new BadRequest("kind", "imports are of kind downtime, incidents or kpis"));
            if (profile != null && !(importKind == ImportKind.INCIDENTS && IncidentProfiles.known(profile))) {
                throw new BadRequest("profile", "profiles are " + IncidentProfiles.names() + ", for incident imports");
            }
            ZoneId zone = zone(options.timeZone());
            MediaType contentType = MediaType.parseMediaType(request.getContentType());
            Charset charset = contentType.getCharset();
            if (charset != null && !charset.equals(StandardCharsets.UTF_8)) {
                throw new ImportRejected(HttpStatus.BAD_REQUEST, "INVALID_ENCODING", "imports are UTF-8, not " + charset.name());
            }
            byte[] body = body(request);
            String sha256 = sha256(body);
            boolean csv = contentType.isCompatibleWith(MediaType.parseMediaType(CSV));
            ImportFile.Table table = csv ? ImportFile.csv(body, limits.maxRows()) : ImportFile.json(body, json, limits.maxRows());
            if (table.rows().size() > limits.maxRows()) {
                throw new ImportRejected(HttpStatus.CONTENT_TOO_LARGE, "TOO_MANY_ROWS", "an import holds at most " + limits.maxRows() + " rows");
            }
            String source = csv ? "csv" : "json";
            if (profile != null) {
                table = IncidentProfiles.map(profile, table, options.agreementId(), options.period());
                source = profile;
            }
            MeasurementImporter.Summary summary = importer.run(importKind, table, sha256, source, zone, Boolean.TRUE.equals(options.dryRun()));
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("importId", summary.importId());
            answer.put("kind", importKind.path());
            answer.put("sha256", summary.sha256());
            answer.put("rows", summary.rows());
            answer.put("recorded", summary.recorded());
            answer.put("duplicates", summary.duplicates());
            answer.put("errors", summary.errors());
            answer.put("source", summary.source());
            if (summary.dryRun()) {
                answer.put("dryRun", true);
                return ResponseEntity.ok(answer);
            }
            answer.put("id", summary.importId());
            answer.put("version", 0);
            return ResponseEntity.created(URI.create("/api/imports/" + summary.importId())).eTag("\"0\"").body(answer);
        } catch (ImportRejected rejected) {
            return problem(rejected);
        }
    }

    static ResponseEntity<Object> problem(ImportRejected rejected) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(rejected.status(), rejected.getMessage());
        problem.setTitle(rejected.status().getReasonPhrase());
        problem.setType(URI.create("https://vendor-sla.example/problems/" + rejected.code().toLowerCase().replace('_', '-')));
        problem.setProperty("code", rejected.code());
        if (!rejected.errors().isEmpty()) {
            problem.setProperty("errors", rejected.errors());
        }
        return ResponseEntity.status(rejected.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private byte[] body(HttpServletRequest request) {
        if (request.getContentLengthLong() > limits.maxBytes()) {
            throw tooLarge();
        }
        try (InputStream in = request.getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > limits.maxBytes()) {
                    throw tooLarge();
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new ImportRejected(HttpStatus.BAD_REQUEST, "UNREADABLE_BODY", "the file could not be read to its end");
        }
    }

    private ImportRejected tooLarge() {
        return new ImportRejected(HttpStatus.CONTENT_TOO_LARGE, "BODY_TOO_LARGE", "an import holds at most " + limits.maxBytes() + " bytes");
    }

    private static ZoneId zone(String timeZone) {
        if (timeZone == null || timeZone.isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(timeZone.strip());
        } catch (DateTimeException e) {
            throw new BadRequest("timeZone", "'" + ImportFile.abbreviate(timeZone) + "' is not a time zone such as Europe/Berlin");
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
