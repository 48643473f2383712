package com.vendorsla.query.web;

import com.vendorsla.sharedkernel.common.DemoUsers;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * HTTP Basic for the demo users (demo profile only). Their passwords are public — printed at start-up, equal to
 * the names — so they are compared in constant time as they are: Spring's password encoders would run BCrypt on
 * every request (~100 ms of CPU, measured with PlatformBenchmarkTest) and protect nothing.
 * The other side has the same class: the two sides share no code but the shared kernel.
 */
final class DemoAuthentication implements AuthenticationProvider {

    private final Map<String, DemoUsers.DemoUser> users = DemoUsers.ALL.stream()
            .collect(Collectors.toMap(DemoUsers.DemoUser::username, Function.identity()));

    @Override
    public Authentication authenticate(Authentication authentication) {
        DemoUsers.DemoUser user = users.get(authentication.getName());
        byte[] given = String.valueOf(authentication.getCredentials()).getBytes(StandardCharsets.UTF_8);
        byte[] expected = (user == null ? "" : user.password()).getBytes(StandardCharsets.UTF_8);
        if (user == null || !MessageDigest.isEqual(expected, given)) {
            throw new BadCredentialsException("credentials are missing or wrong");
        }
        return UsernamePasswordAuthenticationToken.authenticated(user.username(), null,
                List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name())));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
