package com.vendorsla.command.web;

import com.vendorsla.platform.security.BoundVendor;
import com.vendorsla.sharedkernel.common.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Arrays;

/**
 * The authenticated user behind a request, the role under which the platform records their acts, and for a
 * {@code VENDOR} user the vendor it is bound to ({@code vendorId}, null for the customer's users).
 */
public record Actor(String name, String role, String vendorId) {

    static Actor current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return new Actor("anonymous", "NONE", null);
        }
        String role = Arrays.stream(Role.values())
                .map(Role::name)
                .filter(name -> authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(("ROLE_" + name)::equals))
                .findFirst()
                .orElse("NONE");
        String vendorId = Role.VENDOR.name().equals(role) ? BoundVendor.of(authentication).orElse(null) : null;
        return new Actor(authentication.getName(), role, vendorId);
    }
}
