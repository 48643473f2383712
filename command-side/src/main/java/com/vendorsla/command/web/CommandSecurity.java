package com.vendorsla.command.web;

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
 * Who may write what (api.md, Auth). This chain covers every non-GET request under /api; reads belong to the
 * query side's chain, so both can live in one JVM (standalone) or apart (split).
 * HTTP Basic with the demo users in the {@code demo} profile only; bearer JWT (roles in the {@code roles}
 * claim, a VENDOR's vendor id in the claim {@code sla.security.jwt.vendor-claim}, see {@link VendorBoundJwt})
 * everywhere else.
 */
@Configuration(proxyBeanMethods = false)
public class CommandSecurity {

    static final String REPLAYS = "/api/admin/replays";
    /** Webhook subscriptions are the command side's for every method, reads included (the gateway routes them here). */
    static final String SUBSCRIPTIONS = "/api/subscriptions";

    @Bean
    @Order(20)
    SecurityFilterChain writeApiSecurity(HttpSecurity http, Environment environment) throws Exception {
        RequestMatcher writes = (HttpServletRequest request) -> request.getRequestURI().startsWith("/api/")
                && !HttpMethod.GET.matches(request.getMethod()) && !HttpMethod.HEAD.matches(request.getMethod())
                && !HttpMethod.OPTIONS.matches(request.getMethod()) && !isQuerySideOperation(request.getRequestURI())
                || isSubscriptions(request.getRequestURI());
        http.securityMatcher(writes)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(handling -> handling
                        .accessDeniedHandler(ProblemSecurityHandlers.forbidden("your role may not do this")))
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers("/api/admin/**").hasRole(Role.ADMIN.name());
                    auth.requestMatchers("/api/integration-tokens", "/api/integration-tokens/**").hasRole(Role.ADMIN.name());
                    // webhook subscriptions, every method (a vendor's user: its own vendor's, see notices/SubscriptionController)
                    auth.requestMatchers(HttpMethod.GET, SUBSCRIPTIONS, SUBSCRIPTIONS + "/**").hasAnyRole(
                            Role.VENDOR_MANAGER.name(), Role.ADMIN.name(), Role.AUDITOR.name(), Role.VENDOR.name());
                    auth.requestMatchers(SUBSCRIPTIONS, SUBSCRIPTIONS + "/**")
                            .hasAnyRole(Role.VENDOR_MANAGER.name(), Role.ADMIN.name(), Role.VENDOR.name());
                    // a vendor's own user: exactly the acts api.md grants it (VendorWrites), on its own vendor's data
                    // only (the aggregates compare the acting vendor with their vendor: another vendor's is a 404)
                    for (VendorWrites write : VendorWrites.values()) {
                        auth.requestMatchers(HttpMethod.POST, write.path).hasAnyRole(write.roles());
                    }
                    auth.requestMatchers("/api/agreements/*/revisions", "/api/agreements/*/revisions/**",
                                    "/api/agreements/*/renegotiation/**", "/api/agreements/*/termination")
                            .hasAnyRole(Role.VENDOR_MANAGER.name(), Role.LEGAL.name())
                            .anyRequest().hasRole(Role.VENDOR_MANAGER.name());
                });
        PlatformAuthentication.configure(http, environment);
        return http.build();
    }

    /**
     * Read-model replays are the query side's operation for every method (the gateway routes them there), so its
     * chain guards them, also when both sides share one JVM.
     */
    static boolean isSubscriptions(String uri) {
        return uri.equals(SUBSCRIPTIONS) || uri.startsWith(SUBSCRIPTIONS + "/");
    }

    static boolean isQuerySideOperation(String uri) {
        return uri.equals(REPLAYS) || uri.startsWith(REPLAYS + "/");
    }
}
