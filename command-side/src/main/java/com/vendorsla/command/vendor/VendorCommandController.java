package com.vendorsla.command.vendor;

import com.vendorsla.command.web.CommandSender;
import com.vendorsla.command.web.WriteResponses;
import com.vendorsla.sharedkernel.common.WriteResult;
import com.vendorsla.sharedkernel.vendor.VendorId;
import com.vendorsla.sharedkernel.vendor.command.RegisterVendor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

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
    @Operation(summary = "Register a vendor", description = "Answers 201 {id, version} with Location and ETag.")
    public ResponseEntity<WriteResult> register(@Valid @RequestBody RegisterVendorRequest request) {
        VendorId id = VendorId.of(UUID.randomUUID());
        WriteResult result = commands.send(new RegisterVendor(id, request.name(), request.country(),
                request.reference(), commands.now()));
        return WriteResponses.created("/api/vendors/" + id, result);
    }
}
