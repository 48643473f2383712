package com.vendorsla.query.audit;

import com.vendorsla.query.web.NotFound;
import com.vendorsla.query.web.QueryIds;
import com.vendorsla.query.web.ReadYourWrites;
import com.vendorsla.sharedkernel.audit.query.AuditEventView;
import com.vendorsla.sharedkernel.audit.query.AuditFilter;
import com.vendorsla.sharedkernel.audit.query.FindHistory;
import com.vendorsla.sharedkernel.audit.query.IntegrityReport;
import com.vendorsla.sharedkernel.audit.query.VerifyEventChains;
import com.vendorsla.sharedkernel.performance.PerformancePeriodId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.core.annotation.AliasFor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Histories (domain.md, Audit): every event of an agreement and its performance periods, of a vendor, or of one
 * period, from the audit trail, filterable by actor, type and recording time, as JSON or CSV; and the integrity of
 * an agreement's record with its periods.
 */
@RestController
@Tag(name = "Audit")
public class HistoryQueryController {

    private static final String DESCRIPTION = "Each event: {aggregateId, sequence, type, occurredAt (business time), "
            + "recordedAt, actor, role, correlationId, causationId, reason?, payload}, in recording order. Filters: "
            + "actor, type (simple or full name, several comma-separated), from (inclusive) and to (exclusive) on "
            + "the recording time. Accept: text/csv exports the same events as RFC 4180 CSV. With minVersion=N, "
            + "waits up to 10 s for the trail to hold version N of the subject (else 503).";

    private final QueryGateway queries;
    private final AuditTrail trail;
    private final ReadYourWrites readYourWrites;

    public HistoryQueryController(QueryGateway queries, AuditTrail trail, ReadYourWrites readYourWrites) {
        this.queries = queries;
        this.trail = trail;
        this.readYourWrites = readYourWrites;
    }

    @HistoryOperation(path = "/api/agreements/{id}/history", summary = "Every event of an agreement and of its performance periods")
    public ResponseEntity<List<AuditEventView>> agreement(@PathVariable String id,
                                                          @RequestParam(required = false) String actor,
                                                          @RequestParam(required = false) List<String> type,
                                                          @RequestParam(required = false) Instant from,
                                                          @RequestParam(required = false) Instant to,
                                                          @RequestParam(required = false) Long minVersion,
                                                          @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                                          HttpServletResponse response) throws IOException {
        return history(QueryIds.agreement(id).value(), actor, type, from, to, minVersion, accept, response);
    }

    @GetMapping("/api/agreements/{id}/integrity")
    @Operation(operationId = "agreementIntegrity",
            summary = "Verify the hash chains of an agreement and of each of its performance periods",
            description = "Recomputes from the event store itself every link of the events its history shows: the "
                    + "agreement's and each period's (prd-<agreement uuid>-<month>), in one consistent snapshot. "
                    + "Answers {verified: true, events, aggregates} or {verified: false, firstBroken: {aggregateId, "
                    + "sequence, reason, detail}, brokenAggregates, brokenLinks}. Unknown agreement: 404.")
    public IntegrityReport integrity(@PathVariable String id) {
        return queries.query(VerifyEventChains.ofAgreementWithPeriods(QueryIds.agreement(id)), IntegrityReport.class)
                .join();
    }

    @HistoryOperation(path = "/api/agreements/{id}/periods/{period}/history", operationId = "periodHistory",
            summary = "Every event of one performance period ({period} = 2026-02)")
    public ResponseEntity<List<AuditEventView>> period(@PathVariable String id, @PathVariable String period,
                                                       @RequestParam(required = false) String actor,
                                                       @RequestParam(required = false) List<String> type,
                                                       @RequestParam(required = false) Instant from,
                                                       @RequestParam(required = false) Instant to,
                                                       @RequestParam(required = false) Long minVersion,
                                                       @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                                       HttpServletResponse response) throws IOException {
        YearMonth month;
        try {
            month = YearMonth.parse(period);
        } catch (DateTimeParseException e) {
            throw new NotFound("performance period", period);
        }
        String periodId = PerformancePeriodId.of(QueryIds.agreement(id), month).value();
        return history(periodId, actor, type, from, to, minVersion, accept, response);
    }

    @HistoryOperation(path = "/api/vendors/{id}/history", summary = "Every event of a vendor")
    public ResponseEntity<List<AuditEventView>> vendor(@PathVariable String id,
                                                       @RequestParam(required = false) String actor,
                                                       @RequestParam(required = false) List<String> type,
                                                       @RequestParam(required = false) Instant from,
                                                       @RequestParam(required = false) Instant to,
                                                       @RequestParam(required = false) Long minVersion,
                                                       @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                                       HttpServletResponse response) throws IOException {
        return history(QueryIds.vendor(id).value(), actor, type, from, to, minVersion, accept, response);
    }

    /** What the three histories declare alike: a GET answering the events as JSON or CSV, and what they take. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @RequestMapping(method = RequestMethod.GET, produces = {MediaType.APPLICATION_JSON_VALUE, AuditCsv.MEDIA_TYPE})
    @Operation(description = DESCRIPTION, responses = @ApiResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    array = @ArraySchema(schema = @Schema(implementation = AuditEventView.class))),
            @Content(mediaType = AuditCsv.MEDIA_TYPE, schema = @Schema(type = "string"))}))
    @interface HistoryOperation {

        @AliasFor(annotation = RequestMapping.class, attribute = "path")
        String path();

        @AliasFor(annotation = Operation.class, attribute = "operationId")
        String operationId() default "";

        @AliasFor(annotation = Operation.class, attribute = "summary")
        String summary();
    }

    private ResponseEntity<List<AuditEventView>> history(String subjectId, String actor, List<String> types,
                                                         Instant from, Instant to, Long minVersion, String accept,
                                                         HttpServletResponse response) throws IOException {
        AuditFilter filter = AuditQueryController.filter(actor, types, from, to);
        readYourWrites.awaitVersion(minVersion, () -> trail.lastSequence(subjectId));
        List<AuditEventView> events = queries.query(new FindHistory(subjectId, filter),
                ResponseTypes.multipleInstancesOf(AuditEventView.class)).join();
        if (AuditCsv.requested(accept)) {
            AuditCsv.write(response, subjectId + "-history.csv", each -> events.forEach(each));
            return null;
        }
        return ResponseEntity.ok(events);
    }
}
