package com.vendorsla.query.web;

import com.vendorsla.platform.security.ProblemSecurityHandlers;
import com.vendorsla.platform.security.PlatformAuthentication;
import com.vendorsla.sharedkernel.common.Role;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may read what (api.md, Auth): every GET and HEAD under /api; writes belong to the command side's chain,
 * except the read-model replays under {@value #REPLAYS}, an operation of the query side (ADMIN) for every method.
 * HTTP Basic with the demo users in the {@code demo} profile only; bearer JWT everywhere else (see
 * {@link VendorBoundJwt}). What a {@code VENDOR} user may read past this chain is narrowed to its own vendor by
 * {@link VendorScope}.
 */
@Configuration(proxyBeanMethods = false)
public class QuerySecurity {

    /** Served by the query side whatever the method; the command side's chain leaves it alone. */
    public static final String REPLAYS = "/api/admin/replays";

    @Bean
    @Order(21)
    SecurityFilterChain readApiSecurity(HttpSecurity http, Environment environment) throws Exception {
        RequestMatcher reads = (HttpServletRequest request) -> request.getRequestURI().startsWith("/api/")
                && (HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod())
                || isReplay(request.getRequestURI()));
        http.securityMatcher(reads)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(handling -> handling
                        .accessDeniedHandler(ProblemSecurityHandlers.forbidden("your role may not see this")))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/audit/**", "/api/agreements/*/history", "/api/vendors/*/history",
                                "/api/agreements/*/periods/*/history", "/api/agreements/*/integrity")
                        .hasAnyRole(Role.AUDITOR.name(), Role.ADMIN.name(), Role.LEGAL.name(), Role.VENDOR_MANAGER.name())
                        // across vendors: never for a vendor's own user (VendorScope narrows everything else it reads)
                        .requestMatchers("/api/reviews", "/api/reviews/**", "/api/renegotiations", "/api/renegotiations/**",
                                "/api/worklist", "/api/worklist/**")
                        .hasAnyRole(Role.AUDITOR.name(), Role.ADMIN.name(), Role.LEGAL.name(), Role.VENDOR_MANAGER.name())
                        .anyRequest().hasAnyRole(Role.VENDOR_MANAGER.name(), Role.LEGAL.name(), Role.AUDITOR.name(),
                                Role.ADMIN.name(), Role.VENDOR.name()));
        PlatformAuthentication.configure(http, environment);
        return http.build();
    }

    static boolean isReplay(String uri) {
        return uri.equals(REPLAYS) || uri.startsWith(REPLAYS + "/");
    }

}
