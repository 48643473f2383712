package com.vendorsla.command.intake;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.common.BadRequest;
import com.vendorsla.sharedkernel.common.TypedIds;
import com.vendorsla.sharedkernel.intake.IntakeIds;
import com.vendorsla.sharedkernel.intake.command.CreateMonitorBinding;
import com.vendorsla.sharedkernel.intake.command.IssueIntegrationToken;
import com.vendorsla.sharedkernel.intake.command.RemoveMonitorBinding;
import com.vendorsla.sharedkernel.intake.command.RevokeIntegrationToken;
import com.vendorsla.sharedkernel.performance.DowntimeCause;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/** Integration tokens (ADMIN) and monitor bindings (VENDOR_MANAGER): how monitoring reaches the platform. */
@RestController
@Tag(name = "Measurement intake")
public class IntegrationSetupController {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern LABEL = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]{0,99}");

    private final IntakeCommands commands;

    IntegrationSetupController(IntakeCommands commands) {
        this.commands = commands;
    }

    public record TokenRequest(@NotBlank @Size(max = 200) String name) {
    }

    public record BindingRequest(@NotBlank @Size(max = 200) String name,
                                 @NotEmpty @Size(max = 20) Map<String, @NotBlank @Size(max = 500) String> matchers,
                                 @NotBlank String agreementId, @NotBlank @Size(max = 200) String serviceLevelId,
                                 DowntimeCause cause) {
    }

    @PostMapping("/api/integration-tokens")
    @Operation(summary = "Issue an integration token (ADMIN); the token is shown once and stored only as a hash",
            description = "Give it to the monitoring system as its bearer token (Alertmanager: http_config.authorization).")
    public ResponseEntity<Map<String, Object>> issue(@Valid @RequestBody TokenRequest request) {
        String tokenId = TypedIds.make(IntakeIds.TOKEN, UUID.randomUUID());
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = tokenId + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        commands.send(new IssueIntegrationToken(tokenId, request.name().strip(), ImportController.sha256(
                token.getBytes(java.nio.charset.StandardCharsets.US_ASCII)), commands.now()), IntakeCommands.userMetadata());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", tokenId);
        body.put("version", 0);
        body.put("name", request.name().strip());
        body.put("token", token);
        return ResponseEntity.created(URI.create("/api/integration-tokens/" + tokenId)).eTag("\"0\"").body(body);
    }

    @DeleteMapping("/api/integration-tokens/{id}")
    @Operation(summary = "Revoke an integration token (ADMIN): calls presenting it answer 401 from now on",
            description = "Revokes the token for good: the Alertmanager webhook refuses it (401) from then on, and it cannot be "
            + "reinstated (issue a new one). An unknown id answers 404. ADMIN only.")
    public ResponseEntity<Map<String, Object>> revoke(@PathVariable String id) {
        requireId(IntakeIds.TOKEN, id);
        commands.send(new RevokeIntegrationToken(id, commands.now()), IntakeCommands.userMetadata());
        return ResponseEntity.ok(Map.of("id", id, "version", 1));
    }

    @PostMapping("/api/monitor-bindings")
    @Operation(summary = "Bind alerts (every matcher equal to the alert's label) to an availability service level",
            description = "cause defaults to VENDOR. A resolved alert that matches records a downtime [startsAt, endsAt) "
                    + "of that service level, split at month ends of the agreement's coverage time zone.")
    public ResponseEntity<Map<String, Object>> bind(@Valid @RequestBody BindingRequest request) {
        AgreementId agreementId = agreement(request.agreementId());
        request.matchers().keySet().forEach(label -> {
            if (!LABEL.matcher(label).matches()) {
                throw new BadRequest("matchers", "'" + ImportFile.abbreviate(label) + "' is not a Prometheus label name");
            }
        });
        String bindingId = TypedIds.make(IntakeIds.BINDING, UUID.randomUUID());
        commands.send(new CreateMonitorBinding(bindingId, request.name().strip(), Map.copyOf(request.matchers()), agreementId,
                request.serviceLevelId(), request.cause() == null ? DowntimeCause.VENDOR : request.cause(), commands.now()),
                IntakeCommands.userMetadata());
        return ResponseEntity.created(URI.create("/api/monitor-bindings/" + bindingId)).eTag("\"0\"")
                .body(Map.of("id", bindingId, "version", 0));
    }

    @DeleteMapping("/api/monitor-bindings/{id}")
    @Operation(summary = "Remove a monitor binding: alerts are no longer matched against it",
            description = "Alerts that arrive after the removal are no longer matched against this binding (they are listed as "
            + "unmatched unless another binding matches); downtimes already recorded through it stay. An unknown id "
            + "answers 404. VENDOR_MANAGER only.")
    public ResponseEntity<Map<String, Object>> unbind(@PathVariable String id) {
        requireId(IntakeIds.BINDING, id);
        commands.send(new RemoveMonitorBinding(id, commands.now()), IntakeCommands.userMetadata());
        return ResponseEntity.ok(Map.of("id", id, "version", 1));
    }

    private static void requireId(String prefix, String id) {
        if (!TypedIds.isValid(prefix, id)) {
            throw new BadRequest("id", "is not an id such as " + prefix + "-7b34e590-38fe-3689-a767-5ea1180fb9b3");
        }
    }

    private static AgreementId agreement(String id) {
        if (!AgreementId.isValid(id)) {
            throw new BadRequest("agreementId", "is not an agreement id");
        }
        return new AgreementId(id);
    }
}
