package com.vendorsla.command.web;

import com.vendorsla.sharedkernel.common.Role;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
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

    static final String DEMO_PROFILE = "demo";
    static final String REPLAYS = "/api/admin/replays";
    /** Webhook subscriptions are the command side's for every method, reads included (the gateway routes them here). */
    static final String SUBSCRIPTIONS = "/api/subscriptions";
    /**
     * The writes a {@code VENDOR} user may send besides approving a revision (api.md, Auth): counter-propose, sign,
     * claim an exclusion, dispute a credit. Accepting, rejecting or withdrawing proposals, proposing or rejecting
     * revisions and everything else stay with the customer's users (403).
     */
    static final String[] VENDOR_WRITES = {"/api/agreements/*/proposals", "/api/agreements/*/signatures",
            "/api/agreements/*/periods/*/exclusion-claims", "/api/credits/*/dispute"};

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
                        .authenticationEntryPoint(ProblemSecurityHandlers.unauthorized())
                        .accessDeniedHandler(ProblemSecurityHandlers.forbidden()))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/admin/**").hasRole(Role.ADMIN.name())
                        // webhook subscriptions, every method (a vendor's user: its own vendor's, see notices/SubscriptionController)
                        .requestMatchers(HttpMethod.GET, SUBSCRIPTIONS, SUBSCRIPTIONS + "/**").hasAnyRole(
                                Role.VENDOR_MANAGER.name(), Role.ADMIN.name(), Role.AUDITOR.name(), Role.VENDOR.name())
                        .requestMatchers(SUBSCRIPTIONS, SUBSCRIPTIONS + "/**")
                        .hasAnyRole(Role.VENDOR_MANAGER.name(), Role.ADMIN.name(), Role.VENDOR.name())
                        // a vendor's own user: exactly the five acts api.md grants it, on its own vendor's data only
                        // (the aggregates compare the acting vendor with their vendor: another vendor's is a 404)
                        .requestMatchers(HttpMethod.POST, "/api/agreements/*/revisions/*/approvals")
                        .hasAnyRole(Role.VENDOR_MANAGER.name(), Role.LEGAL.name(), Role.VENDOR.name())
                        .requestMatchers(HttpMethod.POST, VENDOR_WRITES)
                        .hasAnyRole(Role.VENDOR_MANAGER.name(), Role.VENDOR.name())
                        .requestMatchers("/api/agreements/*/revisions", "/api/agreements/*/revisions/**",
                                "/api/agreements/*/renegotiation/**", "/api/agreements/*/termination")
                        .hasAnyRole(Role.VENDOR_MANAGER.name(), Role.LEGAL.name())
                        .anyRequest().hasRole(Role.VENDOR_MANAGER.name()));
        if (environment.acceptsProfiles(Profiles.of(DEMO_PROFILE))) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(ProblemSecurityHandlers.unauthorized()))
                    .authenticationProvider(new DemoAuthentication(DemoAuthentication.vendorUsers(environment)));
        } else {
            http.oauth2ResourceServer(oauth -> oauth
                    .authenticationEntryPoint(ProblemSecurityHandlers.unauthorized())
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(new VendorBoundJwt(environment.getProperty(
                            VendorBoundJwt.VENDOR_CLAIM_PROPERTY, VendorBoundJwt.DEFAULT_VENDOR_CLAIM)))));
        }
        return http.build();
    }

    /**
     * A URL Spring Security's firewall refuses (an encoded '.', '%' or ';', a '..' segment, ...) is bad input like any
     * other: a 400 problem, not Spring Boot's error page. The query side says the same; in one JVM either answers.
     */
    @Bean
    WebSecurityCustomizer writeSideRejectedUrls() {
        return web -> web.requestRejectedHandler((request, response, rejected) -> ProblemWriter.write(response,
                HttpStatus.BAD_REQUEST, "BAD_REQUEST", "the URL holds a sequence this API refuses (a '..' segment, an "
                        + "encoded '.', '/', '\\\\', '%' or ';'); ids never contain one"));
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
