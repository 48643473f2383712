package com.vendorsla.command.renegotiation;

import com.vendorsla.command.support.CommandSideIntegrationTest;
import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.AgreementType;
import com.vendorsla.sharedkernel.agreement.command.DraftAgreement;
import com.vendorsla.sharedkernel.agreement.command.SignAgreement;
import com.vendorsla.sharedkernel.common.Party;
import com.vendorsla.sharedkernel.vendor.AcquisitionId;
import com.vendorsla.sharedkernel.vendor.VendorId;
import com.vendorsla.sharedkernel.vendor.command.AcquireVendor;
import com.vendorsla.sharedkernel.vendor.command.RegisterVendor;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The write side alone on PostgreSQL: the acquisition process (a tracking processor here) opens the renegotiation,
 * the agreement schedules its deadline in db-scheduler's table, and db-scheduler fires it. The acquisition is
 * recorded with a business time 200 days ago, so by that time the deadline lies ahead and is scheduled, while by
 * the wall clock it has passed and fires at the scheduler's next poll.
 */
class RenegotiationDeadlineIntegrationTest extends CommandSideIntegrationTest {

    private static final String OPENED = "com.vendorsla.sharedkernel.agreement.event.RenegotiationOpened";
    private static final String OVERDUE = "com.vendorsla.sharedkernel.agreement.event.RenegotiationOverdue";

    @Autowired
    private CommandGateway commands;

    @Test
    void givenAnActiveAgreement_whenItsVendorIsAcquired_thenTheProcessOpensTheRenegotiation_andTheDeadlineFiresFromTheTable() {
        Instant then = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(200));
        LocalDate effective = then.atZone(ZoneOffset.UTC).toLocalDate();
        Instant overdueSince = effective.plusDays(91).atStartOfDay(ZoneOffset.UTC).toInstant();
        VendorId acme = VendorId.of(UUID.randomUUID());
        VendorId globex = VendorId.of(UUID.randomUUID());
        AgreementId agreement = AgreementId.of(UUID.randomUUID());
        commands.sendAndWait(new RegisterVendor(acme, "Acme Hosting", "DE", null, then.minusSeconds(3600)));
        commands.sendAndWait(new RegisterVendor(globex, "Globex", "US", null, then.minusSeconds(3600)));
        commands.sendAndWait(new DraftAgreement(agreement, acme, "Core hosting", AgreementType.SERVICE_BASED,
                "Finance IT", LocalDate.parse("2025-01-01"), null, null, null,
                AcquisitionProcessTest.terms(), then.minusSeconds(1800)));
        commands.sendAndWait(new SignAgreement(agreement, Party.CUSTOMER, "C. Buyer", then.minusSeconds(900), null));
        commands.sendAndWait(new SignAgreement(agreement, Party.VENDOR, "V. Seller", then.minusSeconds(900), null));

        commands.sendAndWait(new AcquireVendor(acme, AcquisitionId.of(UUID.randomUUID()), globex, effective, "SPA-1",
                then, null));

        Map<String, Object> opened = await(agreement, OPENED);
        assertThat((String) opened.get("payload")).contains("\"deadline\":\"" + effective.plusDays(90) + "\"",
                "\"acquirerId\":\"" + globex + "\"", "\"termsVersionBefore\":1");
        Map<String, Object> overdue = await(agreement, OVERDUE);
        assertThat((String) overdue.get("payload")).contains("\"overdueSince\":\"" + overdueSince + "\"",
                "\"occurredAt\":\"" + overdueSince + "\"");
        assertThat((String) overdue.get("meta")).contains("\"actor\":\"system\"", "\"role\":\"SYSTEM\"");
        // the renegotiation's deadline fired and left the table (the agreement's annual review stays scheduled);
        // db-scheduler removes an execution once its handler's transaction has committed, so just after the event
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (scheduledRenegotiationDeadlines() > 0 && System.nanoTime() < until) {
            sleep(100);
        }
        assertThat(scheduledRenegotiationDeadlines()).isZero();
    }

    private long scheduledRenegotiationDeadlines() {
        return jdbc.queryForObject("""
                SELECT count(*) FROM scheduled_tasks
                WHERE position(convert_to('renegotiation-deadline', 'UTF8') in task_data) > 0""", Long.class);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> await(AgreementId agreement, String type) {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            List<Map<String, Object>> events = jdbc.queryForList("""
                    SELECT convert_from(payload, 'UTF8') AS payload, convert_from(meta_data, 'UTF8') AS meta
                    FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type = ?""",
                    agreement.value(), type);
            if (!events.isEmpty()) {
                return events.get(0);
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("no " + type + " on " + agreement);
            }
            sleep(200);
        }
    }
}
