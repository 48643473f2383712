package com.vendorsla.platform.security;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * How either side's chain authenticates its callers: HTTP Basic with the demo users in the {@value #DEMO_PROFILE}
 * profile only, a bearer JWT everywhere else (roles in the {@code roles} claim, a VENDOR's vendor in the claim
 * {@value VendorBoundJwt#VENDOR_CLAIM_PROPERTY} names, see {@link VendorBoundJwt}). A 401 is a problem document that
 * challenges for the scheme the chain takes: {@code Basic} in the demo profile, {@code Bearer} elsewhere.
 */
public final class PlatformAuthentication {

    public static final String DEMO_PROFILE = "demo";
    static final String BASIC_CHALLENGE = "Basic realm=\"vendor-sla\", charset=\"UTF-8\"";
    static final String BEARER_CHALLENGE = "Bearer realm=\"vendor-sla\"";

    private PlatformAuthentication() {
    }

    public static void configure(HttpSecurity http, Environment environment) throws Exception {
        if (environment.acceptsProfiles(Profiles.of(DEMO_PROFILE))) {
            AuthenticationEntryPoint unauthorized = ProblemSecurityHandlers.unauthorized(BASIC_CHALLENGE);
            http.exceptionHandling(handling -> handling.authenticationEntryPoint(unauthorized))
                    .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                    .authenticationProvider(DemoAuthentication.from(environment));
        } else {
            requireJwtDecoder(http.getSharedObject(ApplicationContext.class));
            AuthenticationEntryPoint unauthorized = ProblemSecurityHandlers.unauthorized(BEARER_CHALLENGE);
            http.exceptionHandling(handling -> handling.authenticationEntryPoint(unauthorized))
                    .oauth2ResourceServer(oauth -> oauth.authenticationEntryPoint(unauthorized)
                            .jwt(jwt -> jwt.jwtAuthenticationConverter(VendorBoundJwt.from(environment))));
        }
    }

    /**
     * Spring Boot declares the JwtDecoder once an issuer, a key set or a public key is configured; an application may
     * declare its own. Without either, fail now with the settings to fill in.
     */
    static void requireJwtDecoder(ListableBeanFactory beans) {
        if (beans == null || beans.getBeanNamesForType(JwtDecoder.class, true, false).length == 0) {
            throw new MissingAuthenticationSettings();
        }
    }
}
