package com.vendorsla.query.vendor;

import com.vendorsla.query.web.NotFound;
import com.vendorsla.query.web.QueryIds;
import com.vendorsla.query.web.ReadYourWrites;
import com.vendorsla.sharedkernel.audit.query.AsOf;
import com.vendorsla.sharedkernel.vendor.VendorId;
import com.vendorsla.sharedkernel.vendor.VendorStatus;
import com.vendorsla.sharedkernel.vendor.query.FindVendor;
import com.vendorsla.sharedkernel.vendor.query.FindVendorAsOf;
import com.vendorsla.sharedkernel.vendor.query.FindVendors;
import com.vendorsla.sharedkernel.vendor.query.VendorView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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

import java.time.Instant;
import java.util.List;

@RestController
@RequestMapping("/api/vendors")
@Tag(name = "Vendors")
public class VendorQueryController {

    private final QueryGateway queries;
    private final VendorViews views;
    private final ReadYourWrites readYourWrites;

    public VendorQueryController(QueryGateway queries, VendorViews views, ReadYourWrites readYourWrites) {
        this.queries = queries;
        this.views = views;
        this.readYourWrites = readYourWrites;
    }

    @GetMapping
    @Operation(operationId = "list", summary = "List vendors, by name",
            description = "Every registered vendor ordered by name, optionally only those with status ACTIVE or "
                    + "ACQUIRED (acquired by another vendor, see acquiredBy). A VENDOR user gets only its own vendor.")
    public List<VendorView> list(@RequestParam(required = false) VendorStatus status) {
        return queries.query(new FindVendors(status == null ? null : status.name()),
                ResponseTypes.multipleInstancesOf(VendorView.class)).join();
    }

    @GetMapping("/{id}")
    @Operation(operationId = "get", summary = "One vendor; or as it stood at an instant",
            description = "With minVersion=N, waits up to sla.read-your-writes.timeout (10 s) for the read model to "
                    + "reach version N, else 503 with Retry-After. With asOf (an ISO-8601 instant): rebuilt from the "
                    + "events that had happened by then (name, status, acquirer, and the agreements with the vendor "
                    + "then, an agreement assigned to an acquirer later still listed); with knownAt as well, only "
                    + "from the events recorded by knownAt. 404 when the vendor was not registered yet. Unknown or "
                    + "malformed ids answer 404.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "the vendor; ETag is its version",
                            content = @Content(mediaType = "application/json", schema = @Schema(implementation = VendorView.class), examples = @ExampleObject(name = "registered vendor", value = """
                                    {"id": "vnd-6f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f", "name": "Acme Hosting", "country": "DE",
                                     "reference": "SUP-0042", "status": "ACTIVE", "agreementIds": ["agr-0b0e8d1e-1f6a-4a43-9a51-1c2d3e4f5a6b"],
                                     "version": 0, "registeredAt": "2026-02-03T10:00:00Z"}"""))),
                    @ApiResponse(responseCode = "404", description = "no such vendor", content = @Content(mediaType = "application/problem+json")),
                    @ApiResponse(responseCode = "503", description = "the read model has not reached minVersion in time",
                            content = @Content(mediaType = "application/problem+json"))})
    public ResponseEntity<VendorView> get(@PathVariable String id, @RequestParam(required = false) Long minVersion,
                                          @Parameter(example = "2026-02-03T10:00:00Z")
                                          @RequestParam(required = false) Instant asOf,
                                          @Parameter(description = "only what had been recorded by this instant (default: everything recorded so far); alone, also the instant asked about", example = "2026-02-03T10:00:00Z")
                                          @RequestParam(required = false) Instant knownAt) {
        VendorId vendorId = QueryIds.vendor(id);
        AsOf then = AsOf.of(asOf, knownAt);
        if (then != null) {
            return ResponseEntity.ok(queries.query(new FindVendorAsOf(vendorId, then),
                            ResponseTypes.optionalInstanceOf(VendorView.class)).join()
                    .orElseThrow(() -> new NotFound("vendor (as of " + then + ")", id)));
        }
        readYourWrites.awaitVersion(minVersion, () -> views.version(vendorId.value()));
        VendorView view = queries.query(new FindVendor(vendorId), ResponseTypes.optionalInstanceOf(VendorView.class))
                .join().orElseThrow(() -> new NotFound("vendor", id));
        return ResponseEntity.ok().eTag("\"" + view.version() + "\"").body(view);
    }
}
