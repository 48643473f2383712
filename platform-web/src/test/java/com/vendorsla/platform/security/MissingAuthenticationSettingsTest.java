package com.vendorsla.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MissingAuthenticationSettingsTest {

    @Test
    void givenNoJwtDecoder_outsideTheDemoProfile_thenStartingFailsNamingTheSettingsToFillIn() {
        StaticApplicationContext nothingConfigured = new StaticApplicationContext();

        assertThatThrownBy(() -> PlatformAuthentication.requireJwtDecoder(nothingConfigured))
                .isInstanceOf(MissingAuthenticationSettings.class)
                .hasMessageContaining("spring.security.oauth2.resourceserver.jwt.issuer-uri")
                .hasMessageContaining("spring.security.oauth2.resourceserver.jwt.jwk-set-uri")
                .hasMessageContaining("spring.security.oauth2.resourceserver.jwt.public-key-location")
                .hasMessageContaining("spring.profiles.active=demo");
    }

    @Test
    void givenAJwtDecoder_thenNothingIsMissing() {
        StaticApplicationContext configured = new StaticApplicationContext();
        configured.getBeanFactory().registerSingleton("jwtDecoder", (JwtDecoder) token -> {
            throw new UnsupportedOperationException();
        });

        assertThatCode(() -> PlatformAuthentication.requireJwtDecoder(configured)).doesNotThrowAnyException();
    }

    @Test
    void springBootReportsItAsWhatIsMissingAndWhatToSet_notAsABeanFailure() {
        MissingAuthenticationSettings missing = new MissingAuthenticationSettings();
        BeanCreationException asSpringThrowsIt = new BeanCreationException("writeApiSecurity", "failed", missing);

        FailureAnalysis analysis = new MissingAuthenticationSettings.Analyzer().analyze(asSpringThrowsIt);

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).isEqualTo(missing.getMessage());
        assertThat(analysis.getAction()).contains("spring.security.oauth2.resourceserver.jwt.issuer-uri")
                .contains("'demo' profile");
    }
}
