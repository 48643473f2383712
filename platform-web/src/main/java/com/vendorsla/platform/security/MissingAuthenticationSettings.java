package com.vendorsla.platform.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A side started outside the demo profile with no way to check a bearer JWT: no issuer, no key set, no public key
 * and no JwtDecoder of its own. It would refuse every caller, so it does not start; the message names the settings
 * to fill in rather than Spring's missing-bean message.
 */
public class MissingAuthenticationSettings extends IllegalStateException {

    static final String SETTINGS = "spring.security.oauth2.resourceserver.jwt.issuer-uri, "
            + "spring.security.oauth2.resourceserver.jwt.jwk-set-uri or "
            + "spring.security.oauth2.resourceserver.jwt.public-key-location";

    MissingAuthenticationSettings() {
        super("No way to authenticate callers: outside the '" + PlatformAuthentication.DEMO_PROFILE + "' profile the "
                + "platform accepts only bearer JWTs, and nothing says how to check them. Set one of " + SETTINGS
                + " (the issuer's JWTs carry the roles in the 'roles' claim), or start with "
                + "spring.profiles.active=" + PlatformAuthentication.DEMO_PROFILE + " for the demo users.");
    }

    /** Spring Boot's start-up report of it: what is missing and what to set, without a bean creation trace. */
    public static class Analyzer extends AbstractFailureAnalyzer<MissingAuthenticationSettings> {

        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, MissingAuthenticationSettings cause) {
            return new FailureAnalysis(cause.getMessage(), "Set one of " + SETTINGS + ", or activate the '"
                    + PlatformAuthentication.DEMO_PROFILE + "' profile.", cause);
        }
    }
}
