package com.vendorsla.query.config;

import com.vendorsla.query.support.QuerySideIntegrationTest;
import com.vendorsla.query.vendor.VendorProjection;
import com.vendorsla.sharedkernel.vendor.VendorId;
import com.vendorsla.sharedkernel.vendor.event.VendorRegistered;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The processors' tokens go through plain JDBC (platform-web's JdbcTokens) into Flyway's {@code token_entry}: the
 * processor that projects an event moves its row there, with its owner, and the row reads back as Axon's token.
 */
class JdbcTokensTest extends QuerySideIntegrationTest {

    @Autowired
    TokenStore tokens;

    @Test
    void processorsKeepTheirTokensInTokenEntryThroughJdbc() throws Exception {
        assertThat(tokens).isInstanceOf(JdbcTokenStore.class);
        String vendor = VendorId.of(UUID.randomUUID()).value();
        append(event("Vendor", vendor, 0, new VendorRegistered(new VendorId(vendor), "Token Test", "DE", null,
                Instant.parse("2026-01-05T09:00:00Z")), "manager", "VENDOR_MANAGER", null));
        long index = count("SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = ?", vendor);

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        long highest = -1;
        while (highest < index && System.nanoTime() < deadline) {
            Long position = jdbc.queryForObject("""
                    SELECT max((convert_from(token, 'UTF8')::jsonb ->> 'index')::bigint) FROM token_entry
                    WHERE processor_name = ?""", Long.class, VendorProjection.NAME);
            highest = position == null ? -1 : position;
            Thread.sleep(50);
        }
        assertThat(highest).as("the vendor view's tokens reached the event").isGreaterThanOrEqualTo(index);
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM token_entry WHERE processor_name = ? AND owner IS NOT NULL
                   AND token_type = ?""", Integer.class, VendorProjection.NAME, GapAwareTrackingToken.class.getName()))
                .as("its rows are claimed and hold gap-aware tokens").isPositive();
    }
}
