package com.vendorsla.platform.security;

import com.vendorsla.sharedkernel.common.Role;
import com.vendorsla.sharedkernel.vendor.VendorId;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * A bearer JWT's user: roles from the {@code roles} claim, and for the {@code VENDOR} role the vendor it is bound to,
 * from the claim named by {@code sla.security.jwt.vendor-claim} ({@value #DEFAULT_VENDOR_CLAIM} unless configured).
 * A VENDOR token without a valid vendor id in that claim, or with another role besides VENDOR, names no user the
 * platform can scope: it is refused as an invalid token (401), so no request of it ever runs unbound.
 * Both sides authenticate bearer tokens with it, so a token means the same user on either.
 */
public final class VendorBoundJwt implements Converter<Jwt, AbstractAuthenticationToken> {

    public static final String VENDOR_CLAIM_PROPERTY = "sla.security.jwt.vendor-claim";
    public static final String DEFAULT_VENDOR_CLAIM = "vendor_id";

    private final String vendorClaim;
    private final JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();

    public VendorBoundJwt(String vendorClaim) {
        this.vendorClaim = vendorClaim;
        roles.setAuthoritiesClaimName("roles");
        roles.setAuthorityPrefix("ROLE_");
    }

    /** With the vendor claim the environment names ({@value #VENDOR_CLAIM_PROPERTY}). */
    public static VendorBoundJwt from(Environment environment) {
        return new VendorBoundJwt(environment.getProperty(VENDOR_CLAIM_PROPERTY, DEFAULT_VENDOR_CLAIM));
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Collection<GrantedAuthority> granted = roles.convert(jwt);
        List<GrantedAuthority> authorities = new ArrayList<>(granted == null ? List.of() : granted);
        boolean vendor = authorities.stream().anyMatch(a -> BoundVendor.VENDOR_ROLE.equals(a.getAuthority()));
        authorities.removeIf(a -> a.getAuthority() != null && a.getAuthority().startsWith(BoundVendor.PREFIX));
        if (vendor) {
            boolean otherRole = authorities.stream().map(GrantedAuthority::getAuthority)
                    .anyMatch(a -> !BoundVendor.VENDOR_ROLE.equals(a) && Arrays.stream(Role.values())
                            .anyMatch(role -> ("ROLE_" + role.name()).equals(a)));
            if (otherRole) {
                throw new InvalidBearerTokenException("a VENDOR token carries no other role of the platform");
            }
            Object claim = jwt.getClaims().get(vendorClaim);
            if (!(claim instanceof String vendorId) || !VendorId.isValid(vendorId)) {
                throw new InvalidBearerTokenException("a VENDOR token names its vendor id in the claim '" + vendorClaim + "'");
            }
            authorities.add(new BoundVendor(vendorId));
        }
        return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
    }
}
