package com.vendorsla.query.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.vendorsla.platform.security.BoundVendor;
import com.vendorsla.sharedkernel.common.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is signed in: the web interface decides from it which screens to show (ui.md, "the role decides what is
 * shown"). It says only what the credentials already carry; the API still checks every request on its own.
 */
@RestController
@Tag(name = "Signed-in user")
public class SignedInUserController {

    /** The signed-in user: its name, its roles, and for a VENDOR user the vendor it is bound to. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SignedInUser(String username, List<String> roles, String vendorId) {
    }

    private static final Set<String> ROLES = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet());

    @GetMapping("/api/me")
    @Operation(summary = "Who the credentials belong to: username, roles, and the bound vendor of a VENDOR user",
            description = "roles are the platform's roles (VENDOR_MANAGER, LEGAL, AUDITOR, ADMIN, VENDOR) the user "
                    + "holds; vendorId is present only for a VENDOR user. Any authenticated user may ask; 401 without "
                    + "credentials.")
    public SignedInUser me(Authentication user) {
        List<String> roles = user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority != null && authority.startsWith("ROLE_"))
                .map(authority -> authority.substring("ROLE_".length()))
                .filter(ROLES::contains)
                .sorted()
                .toList();
        return new SignedInUser(user.getName(), roles, BoundVendor.of(user).orElse(null));
    }
}
