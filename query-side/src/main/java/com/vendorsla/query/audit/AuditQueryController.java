package com.vendorsla.query.audit;

import com.vendorsla.sharedkernel.audit.query.AuditEventPage;
import com.vendorsla.sharedkernel.audit.query.AuditFilter;
import com.vendorsla.sharedkernel.audit.query.FindAuditEvents;
import com.vendorsla.sharedkernel.audit.query.IntegrityReport;
import com.vendorsla.sharedkernel.audit.query.VerifyEventChains;
import com.vendorsla.sharedkernel.common.BadRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit")
public class AuditQueryController {

    static final int DEFAULT_PAGE_SIZE = 100;
    static final int MAX_PAGE_SIZE = 1000;

    private final QueryGateway queries;
    private final AuditTrail trail;

    public AuditQueryController(QueryGateway queries, AuditTrail trail) {
        this.queries = queries;
        this.trail = trail;
    }

    @GetMapping(value = "/events", produces = {MediaType.APPLICATION_JSON_VALUE, AuditCsv.MEDIA_TYPE})
    @Operation(summary = "The audit trail: every stored event of every aggregate, in recording order",
            description = "Filters are optional and combine: aggregateId, actor, actingVendorId (what users of that "
                    + "vendor did), type (simple or full event name; "
                    + "repeat or comma-separate for several), from (inclusive) and to (exclusive) on the recording "
                    + "time. JSON pages count from 0 and carry the total. With Accept: text/csv the events are "
                    + "exported as RFC 4180 CSV (payload as a JSON column): every matching event, or one page when "
                    + "size is given; X-Total-Count holds the number of matching events.",
            responses = @ApiResponse(responseCode = "200", content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = AuditEventPage.class)),
                    @Content(mediaType = AuditCsv.MEDIA_TYPE, schema = @Schema(type = "string"))}))
    public ResponseEntity<AuditEventPage> events(@RequestParam(required = false) String aggregateId,
                                                 @RequestParam(required = false) String actor,
                                                 @RequestParam(required = false) String actingVendorId,
                                                 @RequestParam(required = false) List<String> type,
                                                 @RequestParam(required = false) Instant from,
                                                 @RequestParam(required = false) Instant to,
                                                 @RequestParam(required = false) Integer page,
                                                 @RequestParam(required = false) Integer size,
                                                 @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                                 HttpServletResponse response) throws IOException {
        AuditFilter filter = filter(actor, type, from, to).forActingVendor(blankToNull(actingVendorId));
        String aggregate = blankToNull(aggregateId);
        int pageNumber = page == null ? 0 : page;
        if (pageNumber < 0) {
            throw new BadRequest("page", "must be 0 or more");
        }
        if (size != null && (size < 1 || size > MAX_PAGE_SIZE)) {
            throw new BadRequest("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        if (AuditCsv.requested(accept)) {
            AuditScope scope = aggregate == null ? AuditScope.ALL : AuditScope.of(aggregate);
            response.setHeader("X-Total-Count", String.valueOf(trail.count(scope, filter)));
            if (size == null) {
                // an export streams every matching event from the table instead of a page through the query bus
                AuditCsv.write(response, "audit-events.csv", each -> trail.stream(scope, filter, each));
            } else {
                AuditEventPage events = page(aggregate, filter, pageNumber, size);
                AuditCsv.write(response, "audit-events.csv", each -> events.events().forEach(each));
            }
            return null;
        }
        return ResponseEntity.ok(page(aggregate, filter, pageNumber, size == null ? DEFAULT_PAGE_SIZE : size));
    }

    @GetMapping("/integrity")
    @Operation(operationId = "integrity", summary = "Verify the event store's hash chains, of one aggregate or of all",
            description = "Recomputes every stored event's link from the event store itself. Answers "
                    + "{verified: true, events, aggregates} or {verified: false, firstBroken: {aggregateId, sequence, "
                    + "reason, detail}, brokenAggregates, brokenLinks}. Unknown aggregateId: 404.")
    public IntegrityReport integrity(@RequestParam(required = false) String aggregateId) {
        return queries.query(new VerifyEventChains(blankToNull(aggregateId)), IntegrityReport.class).join();
    }

    private AuditEventPage page(String aggregateId, AuditFilter filter, int page, int size) {
        return queries.query(new FindAuditEvents(aggregateId, filter, page, size),
                ResponseTypes.instanceOf(AuditEventPage.class)).join();
    }

    static AuditFilter filter(String actor, List<String> types, Instant from, Instant to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadRequest("from", "must not be after to");
        }
        List<String> named = types == null ? List.of()
                : types.stream().map(String::strip).filter(name -> !name.isEmpty()).distinct().toList();
        return new AuditFilter(blankToNull(actor), named, from, to);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
