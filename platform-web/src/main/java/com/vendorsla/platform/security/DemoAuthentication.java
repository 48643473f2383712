package com.vendorsla.platform.security;

import com.vendorsla.sharedkernel.common.DemoUsers;
import com.vendorsla.sharedkernel.common.Role;
import com.vendorsla.sharedkernel.vendor.VendorId;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * HTTP Basic for the demo users (demo profile only). Their passwords are public — printed at start-up, equal to
 * the names — so they are compared in constant time as they are: Spring's password encoders would run BCrypt on
 * every request (~100 ms of CPU, measured with PlatformBenchmarkTest) and protect nothing.
 * Besides the four fixed users, vendor users are configured as {@code sla.demo.vendor-users.<username>=<vendor id>}:
 * role VENDOR, bound to that vendor, password = username.
 * Both sides authenticate with it, so a demo user logs in alike on either. Password guessing is throttled per user
 * and per client address ({@link LoginThrottle}: 429 with Retry-After after 20 failures in a row).
 */
public final class DemoAuthentication implements AuthenticationProvider {

    public static final String VENDOR_USERS_PROPERTY = "sla.demo.vendor-users";

    private record DemoLogin(String username, String password, List<GrantedAuthority> authorities) {
    }

    private final Map<String, DemoLogin> users;
    private final LoginThrottle throttle;

    public DemoAuthentication(Map<String, String> vendorUsers) {
        this(vendorUsers, LoginThrottle.shared());
    }

    DemoAuthentication(Map<String, String> vendorUsers, LoginThrottle throttle) {
        this.throttle = throttle;
        Map<String, DemoLogin> all = new HashMap<>();
        DemoUsers.ALL.forEach(user -> all.put(user.username(), new DemoLogin(user.username(), user.password(),
                List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name())))));
        vendorUsers.forEach((username, vendorId) -> {
            if (all.containsKey(username)) {
                throw new IllegalStateException(VENDOR_USERS_PROPERTY + "." + username + ": '" + username
                        + "' is a demo user already");
            }
            if (!VendorId.isValid(vendorId)) {
                throw new IllegalStateException(VENDOR_USERS_PROPERTY + "." + username + ": '" + vendorId
                        + "' is not a vendor id");
            }
            all.put(username, new DemoLogin(username, username, List.of(
                    new SimpleGrantedAuthority("ROLE_" + Role.VENDOR.name()), new BoundVendor(vendorId))));
        });
        this.users = Map.copyOf(all);
    }

    /** The four demo users and the vendor users the environment configures. */
    public static DemoAuthentication from(Environment environment) {
        return new DemoAuthentication(vendorUsers(environment));
    }

    /** The vendor users configured under {@value #VENDOR_USERS_PROPERTY}, username to vendor id. */
    public static Map<String, String> vendorUsers(Environment environment) {
        return new TreeMap<>(Binder.get(environment)
                .bind(VENDOR_USERS_PROPERTY, Bindable.mapOf(String.class, String.class))
                .orElse(Map.of()));
    }

    /** Refuses at once while {@link LoginThrottle} says this user or this client address failed too often. */
    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
        throttle.checkAllowed(username, address);
        DemoLogin user = users.get(username);
        byte[] given = String.valueOf(authentication.getCredentials()).getBytes(StandardCharsets.UTF_8);
        byte[] expected = (user == null ? "" : user.password()).getBytes(StandardCharsets.UTF_8);
        if (user == null || !MessageDigest.isEqual(expected, given)) {
            throttle.failed(username, address);
            throw new BadCredentialsException("credentials are missing or wrong");
        }
        throttle.succeeded(username, address);
        return UsernamePasswordAuthenticationToken.authenticated(user.username(), null, user.authorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
