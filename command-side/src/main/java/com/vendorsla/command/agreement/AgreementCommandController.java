package com.vendorsla.command.agreement;

import com.vendorsla.command.web.AnswersCreated;
import com.vendorsla.command.web.CommandSender;
import com.vendorsla.command.web.Ids;
import com.vendorsla.command.web.WriteResponses;
import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.AgreementType;
import com.vendorsla.sharedkernel.agreement.command.DraftAgreement;
import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;
import com.vendorsla.sharedkernel.common.WriteResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.UUID;

@RestController
@RequestMapping("/api/agreements")
@Tag(name = "Agreements")
public class AgreementCommandController {

    static final String DRAFT_EXAMPLE = """
            {"vendorId": "vnd-6f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f", "title": "Core hosting", "type": "SERVICE_BASED",
             "customer": "Finance IT", "effectiveFrom": "2026-01-01", "effectiveTo": null,
             "terms": {"currency": "EUR", "monthlyCharge": "100000.00",
               "coverage": {"timeZone": "UTC", "hours": "24x7"},
               "serviceLevels": [
                 {"id": "availability", "name": "Platform availability", "kind": "AVAILABILITY", "target": "99.9",
                  "minimum": "99.0", "internalTarget": "99.95", "classification": "CRITICAL", "allocationPercent": "50"},
                 {"id": "urgent-response", "kind": "RESPONSE_TIME", "severity": "URGENT", "thresholdMinutes": 60,
                  "target": "95", "classification": "CRITICAL", "allocationPercent": "40"},
                 {"id": "fcr", "kind": "KPI", "direction": "HIGHER_IS_BETTER", "target": "70", "classification": "KEY"}],
               "creditPolicy": {"method": "POOL", "atRiskPercent": "10", "poolPercent": "150"},
               "earnBack": {"periods": 3},
               "termination": {"breaches": 2, "withinPeriods": 3, "exerciseWithinDays": 60},
               "renegotiationWindowDays": 90}}""";

    private final CommandSender commands;

    public AgreementCommandController(CommandSender commands) {
        this.commands = commands;
    }

    public record DraftAgreementRequest(
            @NotBlank String vendorId,
            @NotBlank @Size(max = 300) String title,
            @NotNull AgreementType type,
            @Size(max = 300) String customer,
            @NotNull LocalDate effectiveFrom,
            LocalDate effectiveTo,
            String parentAgreementId,
            String underpinsAgreementId,
            @NotNull AgreementTerms terms) {
    }

    @PostMapping
    @Operation(summary = "Draft an agreement with full terms",
            description = "Terms are validated (unique service-level ids, ranges, allocations within the pool, "
                    + "ordered tiers, time zone and calendar); a broken rule answers 409 with its code.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "pool credits, 24x7", value = DRAFT_EXAMPLE))))
    @AnswersCreated
    public ResponseEntity<WriteResult> draft(@Valid @RequestBody DraftAgreementRequest request) {
        AgreementId id = AgreementId.of(UUID.randomUUID());
        WriteResult result = commands.send(new DraftAgreement(id,
                Ids.vendor("vendorId", request.vendorId()), request.title(), request.type(), request.customer(),
                request.effectiveFrom(), request.effectiveTo(),
                Ids.optionalAgreement("parentAgreementId", request.parentAgreementId()),
                Ids.optionalAgreement("underpinsAgreementId", request.underpinsAgreementId()),
                request.terms(), commands.now()));
        return WriteResponses.created("/api/agreements/" + id, result);
    }
}
