package com.vendorsla.platform.metrics;

import com.vendorsla.platform.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code /actuator/prometheus} (api.md, Operations) is served without authentication on the management port only
 * ({@code management.server.port}, e.g. 9081, which a deployment keeps off the public network): on the application's
 * own port it answers a 403 problem, so metrics never leak to API clients. Without a management port the endpoint is
 * therefore closed. The other actuator endpoints (health, info) are untouched. One chain per server, whichever side or
 * sides it runs (declared once by {@link PlatformMetricsAutoConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
public class MetricsOnManagementPort {

    private final AtomicInteger applicationPort = new AtomicInteger(-1);

    /** The application's own server (the management server has the namespace "management"). */
    @EventListener
    public void serverStarted(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() == null) {
            applicationPort.set(event.getWebServer().getPort());
        }
    }

    @Bean
    @Order(10)
    SecurityFilterChain metricsEndpointSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/prometheus", "/actuator/prometheus/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint((request, response, e) -> forbidden(response))
                        .accessDeniedHandler((request, response, e) -> forbidden(response)))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers((HttpServletRequest request) -> request.getLocalPort() != applicationPort.get())
                        .permitAll()
                        .anyRequest().denyAll());
        return http.build();
    }

    private static void forbidden(HttpServletResponse response) throws IOException {
        Problems.write(response, HttpStatus.FORBIDDEN, "FORBIDDEN",
                "metrics are served on the management port (management.server.port) only");
    }
}
