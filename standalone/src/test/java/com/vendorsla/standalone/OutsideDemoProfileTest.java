package com.vendorsla.standalone;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.vendorsla.standalone.support.StandaloneHttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * api.md, Auth: the demo users exist only in the demo profile. Anywhere else HTTP Basic is refused, and callers
 * bring a bearer JWT whose {@code roles} claim grants their roles (here signed by a key made for the test).
 */
@ActiveProfiles(value = "production", inheritProfiles = false)
class OutsideDemoProfileTest extends StandaloneHttpTest {

    private static final KeyPair KEYS = rsaKeys();

    @DynamicPropertySource
    static void jwtIssuerKey(DynamicPropertyRegistry registry) throws IOException {
        Path publicKey = Files.createTempFile("jwt-issuer", ".pub");
        publicKey.toFile().deleteOnExit();
        Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(KEYS.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + publicKey);
    }

    @Test
    void demoUsersAreRefused_evenWithTheirPasswords() {
        long events = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        assertThat(post("manager", "/api/vendors", "{\"name\":\"Acme Hosting\"}").status()).isEqualTo(401);
        assertThat(get("manager", "/api/vendors").status()).isEqualTo(401);
        assertThat(get("admin", "/api/vendors").status()).isEqualTo(401);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class)).isEqualTo(events);
    }

    @Test
    void withoutCredentials_bothSidesChallengeForABearerToken_notForBasic() {
        for (Reply refused : List.of(get(null, "/api/vendors"), post(null, "/api/vendors", "{\"name\":\"x\"}"))) {
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"vendor-sla\"");
            assertThat(refused.header("Content-Type")).isEqualTo("application/problem+json;charset=UTF-8");
        }
    }

    @Test
    void aBearerTokenWithARoleWritesAndReads_andTheEventNamesItsSubject() {
        Reply created = post(null, "/api/vendors", "{\"name\":\"Acme Hosting\"}", "Authorization", "Bearer " + token("erin", "VENDOR_MANAGER"));
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asText();

        Reply read = get(null, "/api/vendors/" + id + "?minVersion=0", "Authorization", "Bearer " + token("olga", "AUDITOR"));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("name").asText()).isEqualTo("Acme Hosting");

        JsonNode meta = JSON.readTree(jdbc.queryForObject(
                "SELECT convert_from(meta_data, 'UTF8') FROM domain_event_entry WHERE aggregate_identifier = ?", String.class, id));
        assertThat(meta.get("actor").asText()).isEqualTo("erin");
        assertThat(meta.get("role").asText()).isEqualTo("VENDOR_MANAGER");
    }

    @Test
    void aBearerTokenOfARoleThatMayNotWriteIs403_andAForgedOneIs401() throws Exception {
        assertThat(post(null, "/api/vendors", "{\"name\":\"x\"}", "Authorization", "Bearer " + token("olga", "AUDITOR")).status())
                .isEqualTo(403);
        KeyPair forger = rsaKeys();
        SignedJWT forged = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims("mallory", "VENDOR_MANAGER"));
        forged.sign(new RSASSASigner((RSAPrivateKey) forger.getPrivate()));
        assertThat(post(null, "/api/vendors", "{\"name\":\"x\"}", "Authorization", "Bearer " + forged.serialize()).status())
                .isEqualTo(401);
    }

    @Test
    void aVendorTokenIsBoundToTheVendorInItsVendorIdClaim_andWithoutOneItIs401() {
        String manager = "Bearer " + token("erin", "VENDOR_MANAGER");
        String acme = post(null, "/api/vendors", "{\"name\":\"Acme Hosting\"}", "Authorization", manager).json().get("id").asText();
        String globex = post(null, "/api/vendors", "{\"name\":\"Globex\"}", "Authorization", manager).json().get("id").asText();
        String acmeUser = "Bearer " + token(new JWTClaimsSet.Builder(claims("vera", "VENDOR")).claim("vendor_id", acme).build());

        Reply own = get(null, "/api/vendors/" + acme + "?minVersion=0", "Authorization", acmeUser);
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(own.json().get("name").asText()).isEqualTo("Acme Hosting");
        assertThat(get(null, "/api/vendors/" + globex + "?minVersion=0", "Authorization", manager).status()).isEqualTo(200);
        assertThat(get(null, "/api/vendors/" + globex, "Authorization", acmeUser).status()).isEqualTo(404);
        assertThat(get(null, "/api/vendors", "Authorization", acmeUser).json().findValuesAsString("id")).containsExactly(acme);
        assertThat(get(null, "/api/audit/events", "Authorization", acmeUser).status()).isEqualTo(403);
        assertThat(post(null, "/api/vendors", "{\"name\":\"x\"}", "Authorization", acmeUser).status()).isEqualTo(403);

        String unbound = "Bearer " + token("vera", "VENDOR");
        String forged = "Bearer " + token(new JWTClaimsSet.Builder(claims("vera", "VENDOR")).claim("vendor_id", "acme").build());
        String twoRoles = "Bearer " + token(new JWTClaimsSet.Builder(claims("vera", "VENDOR"))
                .claim("roles", List.of("VENDOR", "VENDOR_MANAGER")).claim("vendor_id", acme).build());
        for (String refused : List.of(unbound, forged, twoRoles)) {
            assertThat(get(null, "/api/vendors/" + acme, "Authorization", refused).status()).isEqualTo(401);
            assertThat(post(null, "/api/vendors", "{\"name\":\"x\"}", "Authorization", refused).status()).isEqualTo(401);
        }
    }

    private static String token(String subject, String role) {
        return token(claims(subject, role));
    }

    private static String token(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
            jwt.sign(new RSASSASigner((RSAPrivateKey) KEYS.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWTClaimsSet claims(String subject, String role) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().subject(subject).claim("roles", List.of(role))
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(600))).build();
    }

    private static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
