package com.vendorsla.platform.security;

import com.vendorsla.sharedkernel.common.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.util.Optional;

/**
 * The vendor a {@code VENDOR} user is bound to (api.md, Auth), carried as one of the user's authorities
 * ({@value #PREFIX}{@code <vendor id>}) so that a demo login and a bearer JWT read alike. Every {@code VENDOR}
 * authentication carries exactly one (the authentication refuses a vendor user without one).
 */
public record BoundVendor(String vendorId) implements GrantedAuthority {

    public static final String PREFIX = "VENDOR_ID:";
    public static final String VENDOR_ROLE = "ROLE_" + Role.VENDOR.name();

    @Override
    public String getAuthority() {
        return PREFIX + vendorId;
    }

    /** Whether the user acts under the VENDOR role. */
    public static boolean isVendorUser(Authentication user) {
        return user != null && user.getAuthorities().stream()
                .anyMatch(authority -> VENDOR_ROLE.equals(authority.getAuthority()));
    }

    /** The vendor id the user is bound to; empty for the customer's users. */
    public static Optional<String> of(Authentication user) {
        if (user == null) {
            return Optional.empty();
        }
        return user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority != null && authority.startsWith(PREFIX))
                .map(authority -> authority.substring(PREFIX.length()))
                .findFirst();
    }
}
