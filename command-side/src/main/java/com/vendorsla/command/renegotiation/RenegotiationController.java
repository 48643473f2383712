package com.vendorsla.command.renegotiation;

import com.vendorsla.command.web.CommandSender;
import com.vendorsla.command.web.IfMatchVersion;
import com.vendorsla.command.web.WriteResponses;
import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.RenegotiationOutcome;
import com.vendorsla.sharedkernel.agreement.command.ConcludeRenegotiation;
import com.vendorsla.sharedkernel.common.BadRequest;
import com.vendorsla.sharedkernel.common.WriteResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/** Concluding the renegotiation an acquisition opened on an agreement (api.md, Agreements). LEGAL or VENDOR_MANAGER. */
@RestController
@RequestMapping("/api/agreements/{id}/renegotiation")
@Tag(name = "Agreements")
public class RenegotiationController {

    private final CommandSender commands;

    public RenegotiationController(CommandSender commands) {
        this.commands = commands;
    }

    @Schema(example = "{\"outcome\": \"REVISED\", \"revision\": 2, \"reason\": \"Acquirer's group standard availability agreed\"}")
    public record ConclusionRequest(
            @NotNull RenegotiationOutcome outcome,
            @Positive Integer revision,
            LocalDate effectiveDate,
            @Size(max = 4000) String reason) {
    }

    @PostMapping("/conclusion")
    @Operation(summary = "Conclude the open renegotiation: CONFIRMED, REVISED or TERMINATED",
            description = "CONFIRMED keeps the terms; REVISED names the revision (reason ACQUISITION) both parties agreed "
                    + "during the renegotiation; both assign the agreement to the acquirer. TERMINATED terminates it with "
                    + "reason ACQUISITION from effectiveDate (default today). An OVERDUE renegotiation may still be "
                    + "concluded. 409 RENEGOTIATION_NOT_OPEN, REVISION_NOT_AGREED_FOR_ACQUISITION, "
                    + "ACQUISITION_REVISION_OPEN, AGREEMENT_NOT_ACTIVE.")
    public ResponseEntity<WriteResult> conclude(@PathVariable AgreementId id, @Valid @RequestBody ConclusionRequest request,
                                                @IfMatchVersion Long expectedVersion) {
        if (request.outcome() == RenegotiationOutcome.REVISED && request.revision() == null) {
            throw new BadRequest("revision", "a REVISED outcome names the revision both parties agreed");
        }
        return WriteResponses.ok(commands.send(new ConcludeRenegotiation(id, request.outcome(),
                request.revision(), request.effectiveDate(), commands.now(), expectedVersion),
                request.reason()));
    }
}
