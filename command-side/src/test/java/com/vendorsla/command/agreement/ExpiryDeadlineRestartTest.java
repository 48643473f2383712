package com.vendorsla.command.agreement;

import com.vendorsla.command.CommandSideApplication;
import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.AgreementType;
import com.vendorsla.sharedkernel.agreement.command.DraftAgreement;
import com.vendorsla.sharedkernel.agreement.command.SignAgreement;
import com.vendorsla.sharedkernel.common.Party;
import com.vendorsla.sharedkernel.testsupport.TestPostgres;
import com.vendorsla.sharedkernel.vendor.VendorId;
import com.vendorsla.sharedkernel.vendor.command.RegisterVendor;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The expiry deadline lives in PostgreSQL, not in memory: scheduled while one instance of the write side runs,
 * it fires in the next instance after a restart. The second instance's scheduler clock stands just past the
 * expiry (2031-01-01 00:00 UTC for an agreement whose last day is 2030-12-31), so the test need not wait years.
 */
class ExpiryDeadlineRestartTest {

    private static final LocalDate LAST_DAY = LocalDate.parse("2030-12-31");
    private static final Instant EXPIRES_AT = Instant.parse("2031-01-01T00:00:00Z");
    private static final String EXPIRED = "com.vendorsla.sharedkernel.agreement.event.AgreementExpired";
    /** The agreement's expiry deadline among the others (the annual-review process schedules the anniversaries). */
    private static final String EXPIRY_TASK = "position(convert_to('" + Agreement.EXPIRY + "', 'UTF8') in task_data) > 0";

    @Test
    void givenAnActiveAgreementWithAScheduledExpiry_whenTheApplicationRestartsPastItsEnd_thenTheExpiryFires() {
        String database = TestPostgres.freshDatabase();
        AgreementId agreementId = AgreementId.of(UUID.randomUUID());

        try (ConfigurableApplicationContext first = start(database, null)) {
            CommandGateway commands = first.getBean(CommandGateway.class);
            VendorId vendorId = VendorId.of(UUID.randomUUID());
            Instant now = Instant.now();
            commands.sendAndWait(new RegisterVendor(vendorId, "Acme Hosting", "DE", null, now));
            commands.sendAndWait(new DraftAgreement(agreementId, vendorId, "Core hosting", AgreementType.SERVICE_BASED,
                    "Finance IT", LocalDate.parse("2026-01-01"), LAST_DAY, null, null, AgreementTest.draftTerms(), now));
            commands.sendAndWait(new SignAgreement(agreementId, Party.CUSTOMER, "C. Buyer", now, null));
            commands.sendAndWait(new SignAgreement(agreementId, Party.VENDOR, "V. Seller", now, null));

            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForList("SELECT task_name, execution_time FROM scheduled_tasks WHERE " + EXPIRY_TASK))
                    .singleElement()
                    .satisfies(task -> {
                        assertThat(task.get("task_name")).isEqualTo("AxonDeadline");
                        assertThat(((java.sql.Timestamp) task.get("execution_time")).toInstant()).isEqualTo(EXPIRES_AT);
                    });
            assertThat(expiredEvents(jdbc)).isEmpty();
        }

        try (ConfigurableApplicationContext second = start(database, EXPIRES_AT.plusSeconds(5))) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            List<Map<String, Object>> expired = awaitExpiry(jdbc, Duration.ofSeconds(30));

            assertThat(expired).singleElement().satisfies(event -> {
                assertThat(event.get("aggregate_identifier")).isEqualTo(agreementId.value());
                assertThat((String) event.get("payload")).contains("\"lastDay\":\"2030-12-31\"",
                        "\"occurredAt\":\"2031-01-01T00:00:00Z\"");
                assertThat((String) event.get("meta")).contains("\"actor\":\"system\"", "\"role\":\"SYSTEM\"");
            });
            assertThat(jdbc.queryForObject("SELECT count(*) FROM scheduled_tasks WHERE " + EXPIRY_TASK, Long.class)).isZero();
        }
    }

    /** The write side on the given database; with {@code schedulerNow}, db-scheduler's clock stands there. */
    private static ConfigurableApplicationContext start(String database, Instant schedulerNow) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(CommandSideApplication.class).profiles("demo");
        if (schedulerNow != null) {
            builder.initializers(context -> ((GenericApplicationContext) context).registerBean("schedulerClock",
                    com.github.kagkarlsson.scheduler.Clock.class, () -> () -> schedulerNow));
        }
        return builder.run("--spring.datasource.url=" + database,
                "--spring.datasource.username=" + TestPostgres.username(),
                "--spring.datasource.password=" + TestPostgres.password(),
                "--server.port=0");
    }

    private static List<Map<String, Object>> expiredEvents(JdbcTemplate jdbc) {
        return jdbc.queryForList("""
                SELECT aggregate_identifier, convert_from(payload, 'UTF8') AS payload,
                       convert_from(meta_data, 'UTF8') AS meta
                FROM domain_event_entry WHERE payload_type = ?""", EXPIRED);
    }

    private static List<Map<String, Object>> awaitExpiry(JdbcTemplate jdbc, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        List<Map<String, Object>> expired = expiredEvents(jdbc);
        while (expired.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            expired = expiredEvents(jdbc);
        }
        return expired;
    }
}
