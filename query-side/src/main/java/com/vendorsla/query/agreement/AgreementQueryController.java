package com.vendorsla.query.agreement;

import com.vendorsla.query.web.NotFound;
import com.vendorsla.query.web.QueryIds;
import com.vendorsla.query.web.ReadYourWrites;
import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.AgreementStatus;
import com.vendorsla.sharedkernel.agreement.AgreementType;
import com.vendorsla.sharedkernel.agreement.query.AgreementSummary;
import com.vendorsla.sharedkernel.agreement.query.AgreementView;
import com.vendorsla.sharedkernel.agreement.query.FindAgreement;
import com.vendorsla.sharedkernel.agreement.query.FindAgreements;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/agreements")
@Tag(name = "Agreements")
public class AgreementQueryController {

    private final QueryGateway queries;
    private final AgreementViews views;
    private final ReadYourWrites readYourWrites;

    public AgreementQueryController(QueryGateway queries, AgreementViews views, ReadYourWrites readYourWrites) {
        this.queries = queries;
        this.views = views;
        this.readYourWrites = readYourWrites;
    }

    @GetMapping
    @Operation(summary = "Agreement summaries, filtered by vendor, status and type")
    public List<AgreementSummary> list(@RequestParam(required = false) String vendorId,
                                       @RequestParam(required = false) AgreementStatus status,
                                       @RequestParam(required = false) AgreementType type) {
        String vendor = vendorId == null || vendorId.isBlank() ? null : QueryIds.vendor(vendorId).value();
        return queries.query(new FindAgreements(vendor, status == null ? null : status.name(),
                type == null ? null : type.name()), ResponseTypes.multipleInstancesOf(AgreementSummary.class)).join();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One agreement with its current terms",
            description = "With minVersion=N, waits up to sla.read-your-writes.timeout (10 s) for the read model to "
                    + "reach version N, else 503 with Retry-After. Unknown or malformed ids answer 404.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "the agreement; ETag is its version",
                            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AgreementView.class), examples = @ExampleObject(name = "drafted agreement", value = """
                                    {"id": "agr-0b0e8d1e-1f6a-4a43-9a51-1c2d3e4f5a6b", "vendorId": "vnd-6f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f",
                                     "title": "Core hosting", "type": "SERVICE_BASED", "customer": "Finance IT", "status": "DRAFT",
                                     "version": 0, "termsVersion": 0, "effectiveFrom": "2026-01-01",
                                     "terms": {"currency": "EUR", "monthlyCharge": "100000.00",
                                       "coverage": {"timeZone": "UTC", "hours": "24x7"},
                                       "serviceLevels": [{"id": "availability", "name": "Platform availability", "kind": "AVAILABILITY",
                                         "target": "99.9", "minimum": "99.0", "classification": "CRITICAL", "allocationPercent": "50"}],
                                       "creditPolicy": {"method": "POOL", "atRiskPercent": "10", "poolPercent": "150"},
                                       "earnBack": {"periods": 3}, "renegotiationWindowDays": 90}}"""))),
                    @ApiResponse(responseCode = "404", description = "no such agreement", content = @Content(mediaType = "application/problem+json")),
                    @ApiResponse(responseCode = "503", description = "the read model has not reached minVersion in time",
                            content = @Content(mediaType = "application/problem+json"))})
    public ResponseEntity<AgreementView> get(@PathVariable String id, @RequestParam(required = false) Long minVersion) {
        AgreementId agreementId = QueryIds.agreement(id);
        readYourWrites.awaitVersion(minVersion, () -> views.version(agreementId.value()));
        AgreementView view = queries.query(new FindAgreement(agreementId),
                ResponseTypes.optionalInstanceOf(AgreementView.class)).join()
                .orElseThrow(() -> new NotFound("agreement", id));
        return ResponseEntity.ok().eTag("\"" + view.version() + "\"").body(view);
    }
}
