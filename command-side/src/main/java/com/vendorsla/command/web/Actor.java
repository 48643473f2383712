package com.vendorsla.command.web;

import com.vendorsla.sharedkernel.common.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Arrays;

/** The authenticated user behind a request, and the role under which the platform records their acts. */
public record Actor(String name, String role) {

    static Actor current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return new Actor("anonymous", "NONE");
        }
        String role = Arrays.stream(Role.values())
                .map(Role::name)
                .filter(name -> authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(("ROLE_" + name)::equals))
                .findFirst()
                .orElse("NONE");
        return new Actor(authentication.getName(), role);
    }
}
