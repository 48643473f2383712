package com.vendorsla.command.vendor;

import com.vendorsla.command.web.AnswersCreated;
import com.vendorsla.command.web.CommandSender;
import com.vendorsla.command.web.IfMatchVersion;
import com.vendorsla.command.web.Ids;
import com.vendorsla.command.web.WriteResponses;
import com.vendorsla.sharedkernel.common.WriteResult;
import com.vendorsla.sharedkernel.vendor.AcquisitionId;
import com.vendorsla.sharedkernel.vendor.VendorId;
import com.vendorsla.sharedkernel.vendor.command.AcquireVendor;
import com.vendorsla.sharedkernel.vendor.command.RegisterVendor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.UUID;

@RestController
@RequestMapping("/api/vendors")
@Tag(name = "Vendors")
public class VendorCommandController {

    private final CommandSender commands;

    public VendorCommandController(CommandSender commands) {
        this.commands = commands;
    }

    @Schema(example = "{\"name\": \"Acme Hosting\", \"country\": \"DE\", \"reference\": \"SUP-0042\"}")
    public record RegisterVendorRequest(
            @NotBlank @Size(max = 200) String name,
            @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO-3166 alpha-2 country code such as DE") String country,
            @Size(max = 100) String reference) {
    }

    @PostMapping
    @Operation(summary = "Register a vendor", description = "Answers 201 {id, version} with Location and ETag. "
            + "With Idempotency-Key, a repeat answers the first answer; another body under the same key 422.",
            responses = {
                    @ApiResponse(responseCode = "201", description = "registered",
                            content = @Content(mediaType = "application/json", schema = @Schema(implementation = WriteResult.class), examples = @ExampleObject(name = "registered",
                                    value = "{\"id\": \"vnd-6f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f\", \"version\": 0}"))),
                    @ApiResponse(responseCode = "400", description = "malformed input, with errors [{field, message}]",
                            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "no name", value = """
                                    {"type": "https://vendor-sla.example/problems/validation-failed", "title": "Bad Request", "status": 400,
                                     "detail": "the request has invalid fields", "code": "VALIDATION_FAILED",
                                     "errors": [{"field": "name", "message": "must not be blank"}]}"""))),
                    @ApiResponse(responseCode = "422", description = "Idempotency-Key reused with another body",
                            content = @Content(mediaType = "application/problem+json"))})
    public ResponseEntity<WriteResult> register(@Valid @RequestBody RegisterVendorRequest request) {
        VendorId id = VendorId.of(UUID.randomUUID());
        WriteResult result = commands.send(new RegisterVendor(id, request.name(), request.country(),
                request.reference(), commands.now()));
        return WriteResponses.created("/api/vendors/" + id, result);
    }

    @Schema(example = "{\"acquirerId\": \"vnd-9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d\", \"effectiveDate\": \"2026-04-01\", "
            + "\"reference\": \"HRB 12345 / SPA 2026-03\"}")
    public record AcquisitionRequest(
            @NotBlank String acquirerId,
            @NotNull LocalDate effectiveDate,
            @Size(max = 200) String reference) {
    }

    /** An acquisition's write answer: the acquired vendor's {@code {id, version}} and the new acquisition's id. */
    public record AcquisitionWritten(String id, long version, String acquisitionId) {
    }

    @PostMapping("/{id}/acquisitions")
    @Operation(summary = "Record that this vendor was acquired by (or merged into) another vendor",
            description = "The vendor becomes ACQUIRED; every ACTIVE agreement with it gets a renegotiation with a deadline "
                    + "renegotiationWindowDays after effectiveDate (GET /api/vendors/{id}/acquisition). A merger into a new "
                    + "entity is recorded as two acquisitions by the new vendor. 409 VENDOR_ALREADY_ACQUIRED, "
                    + "ACQUIRER_IS_VENDOR, ACQUISITION_CYCLE; 404 ACQUIRER_NOT_FOUND. Answers 201 {id, version, acquisitionId}.")
    @AnswersCreated
    public ResponseEntity<AcquisitionWritten> acquire(@PathVariable VendorId id,
                                                      @Valid @RequestBody AcquisitionRequest request,
                                                      @IfMatchVersion Long expectedVersion) {
        AcquisitionId acquisitionId = AcquisitionId.of(UUID.randomUUID());
        WriteResult result = commands.send(new AcquireVendor(id, acquisitionId,
                Ids.vendor("acquirerId", request.acquirerId()), request.effectiveDate(), request.reference(),
                commands.now(), expectedVersion));
        return WriteResponses.created("/api/vendors/" + id + "/acquisition", result,
                new AcquisitionWritten(result.id(), result.version(), acquisitionId.value()));
    }
}
