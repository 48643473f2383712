package com.vendorsla.query.intake;

import com.vendorsla.query.web.NotFound;
import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.common.BadRequest;
import com.vendorsla.sharedkernel.common.Role;
import com.vendorsla.sharedkernel.common.TypedIds;
import com.vendorsla.sharedkernel.intake.IntakeIds;
import com.vendorsla.sharedkernel.intake.OutageStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Reads of the measurement intake (api.md): imports, integration tokens (ADMIN), monitor bindings, outages. */
@RestController
@Tag(name = "Measurement intake")
public class IntakeQueryController {

    private final IntakeViews views;

    public IntakeQueryController(IntakeViews views) {
        this.views = views;
    }

    @GetMapping("/api/imports/{importId}")
    @Operation(summary = "One import: {importId, kind, sha256, rows, recorded, duplicates, errors, importedBy, importedAt, source}",
            description = "The summary of one import as recorded: what it took, how many rows were recorded or counted as "
            + "duplicates, the file's SHA-256, who imported it, when and from which source (file or profile). An "
            + "unknown id answers 404; a VENDOR user gets 403.")
    public IntakeViews.ImportView importById(@PathVariable String importId) {
        if (!TypedIds.isValid(IntakeIds.IMPORT, importId)) {
            throw new BadRequest("importId", "is not an import id such as imp-7b34e590-38fe-3689-a767-5ea1180fb9b3");
        }
        return views.importById(importId).orElseThrow(() -> new NotFound("import", importId));
    }

    @GetMapping("/api/imports")
    @Operation(summary = "Imports, newest first (at most 1000): of one agreement, imported in [from, to)",
            description = "Every import, newest first, optionally of one agreement and imported in the half-open interval "
            + "[from, to) (instants); at most 1000 are listed. A VENDOR user gets 403.")
    public List<IntakeViews.ImportView> imports(
            @RequestParam(required = false) @Parameter(description = "only imports with rows of this agreement") String agreementId,
            @RequestParam(required = false) @Parameter(description = "imported at or after this instant") Instant from,
            @RequestParam(required = false) @Parameter(description = "imported before this instant") Instant to) {
        return views.imports(agreement(agreementId), from, to);
    }

    @GetMapping("/api/integration-tokens")
    @Operation(summary = "Integration tokens (ADMIN): name, who issued it and when, ACTIVE or REVOKED; never the token",
            description = "The integration tokens issued for monitoring systems, with name, issuer, issue time and status; the "
            + "token itself is shown only once, when issued, and is stored only as a hash. ADMIN only.")
    public List<IntakeViews.TokenView> tokens() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean admin = authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + Role.ADMIN.name()));
        if (!admin) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "integration tokens are an admin's");
        }
        return views.tokens();
    }

    @GetMapping("/api/monitor-bindings")
    @Operation(summary = "Monitor bindings in force: label matchers → agreement, service level, cause",
            description = "The bindings in force: each binding's label matchers (every one must equal the alert's label), the "
            + "agreement and availability service level its alerts are recorded against, and the downtime cause "
            + "(VENDOR unless said otherwise).")
    public List<IntakeViews.BindingView> bindings(@RequestParam(required = false) String agreementId) {
        return views.bindings(agreement(agreementId));
    }

    @GetMapping("/api/outages")
    @Operation(summary = "Alerts seen (newest first, at most 1000): ONGOING, RESOLVED (with the downtime ids recorded), "
            + "REJECTED (with why: it needs a correction) or UNMATCHED (no binding matched its labels)",
            description = "Every alert the Alertmanager webhook received, by status (ONGOING while firing, RESOLVED with the "
            + "downtime ids recorded for it, REJECTED for a closed month with the reason, UNMATCHED when no binding "
            + "matched), optionally filtered by status and agreement; newest first, at most 1000.")
    public List<IntakeViews.OutageView> outages(
            @RequestParam(required = false) @Parameter(description = "ONGOING, RESOLVED, REJECTED or UNMATCHED") String status,
            @RequestParam(required = false) String agreementId) {
        String wanted = null;
        if (status != null && !status.isBlank()) {
            wanted = Arrays.stream(OutageStatus.values()).map(Enum::name).filter(status.strip()::equals).findFirst()
                    .orElseThrow(() -> new BadRequest("status", "is one of " + Arrays.toString(OutageStatus.values())));
        }
        return views.outages(wanted, agreement(agreementId));
    }

    private static String agreement(String agreementId) {
        if (agreementId == null || agreementId.isBlank()) {
            return null;
        }
        if (!AgreementId.isValid(agreementId.strip())) {
            throw new BadRequest("agreementId", "is not an agreement id");
        }
        return agreementId.strip();
    }
}
