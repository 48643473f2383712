package com.vendorsla.command.notices;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.vendorsla.command.CommandSideApplication;
import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.AgreementType;
import com.vendorsla.sharedkernel.agreement.TerminationRightCause;
import com.vendorsla.sharedkernel.agreement.command.DraftAgreement;
import com.vendorsla.sharedkernel.agreement.command.GrantTerminationRight;
import com.vendorsla.sharedkernel.agreement.command.SignAgreement;
import com.vendorsla.sharedkernel.common.Party;
import com.vendorsla.sharedkernel.testsupport.TermsExamples;
import com.vendorsla.sharedkernel.testsupport.TestPostgres;
import com.vendorsla.sharedkernel.vendor.VendorId;
import com.vendorsla.sharedkernel.vendor.command.RegisterVendor;
import jakarta.mail.internet.MimeMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.vendorsla.command.notices.WebhookDeliveryTest.await;
import static com.vendorsla.command.notices.WebhookDeliveryTest.sleep;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the write side on one database, each with its notice processor and scheduler: every notice is
 * mailed once to each recipient and recorded once, whichever instance sent it.
 */
class NoticeTwoInstancesTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Test
    void twoInstancesOnOneDatabaseSendEachNoticeOnce() {
        String database = TestPostgres.freshDatabase();
        try (ConfigurableApplicationContext first = start(database);
             ConfigurableApplicationContext second = start(database)) {
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            VendorId vendor = VendorId.of(UUID.randomUUID());
            CommandGateway one = first.getBean(CommandGateway.class);
            CommandGateway two = second.getBean(CommandGateway.class);
            one.sendAndWait(new RegisterVendor(vendor, "Acme Hosting", "DE", null, Instant.now()));
            List<AgreementId> agreements = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                CommandGateway commands = i % 2 == 0 ? one : two;
                AgreementId agreement = AgreementId.of(UUID.randomUUID());
                Instant now = Instant.now();
                commands.sendAndWait(new DraftAgreement(agreement, vendor, "Agreement " + i, AgreementType.SERVICE_BASED,
                        "Finance IT", today.minusMonths(6), today.plusYears(2), null, null, TermsExamples.poolTerms(), now));
                commands.sendAndWait(new SignAgreement(agreement, Party.CUSTOMER, "C. Buyer", now, null));
                commands.sendAndWait(new SignAgreement(agreement, Party.VENDOR, "V. Seller", now, null));
                // exercisable for 10 more days: the grant and the 14-day reminder are due at once, the 3-day one later
                commands.sendAndWait(new GrantTerminationRight(agreement, "right-" + i, "availability",
                        TerminationRightCause.BREACHES, List.of(YearMonth.from(today.minusMonths(1))), today,
                        today.plusDays(10), Instant.now()));
                agreements.add(agreement);
            }

            await(() -> SMTP.getReceivedMessages().length >= 4 * 2 * 3, "grant and reminder of each right, to 3 people");
            sleep(3000);
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            for (AgreementId agreement : agreements) {
                assertThat(mails("Termination right granted on agreement " + agreement)).hasSize(3);
                assertThat(mails("Termination right on agreement " + agreement + " lapses in 14 days")).hasSize(3);
                assertThat(mails("Termination right on agreement " + agreement + " lapses in 3 days")).isEmpty();
            }
            assertThat(SMTP.getReceivedMessages()).hasSize(4 * 2 * 3);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE "
                    + "'%.NoticeSent'", Long.class)).isEqualTo(8);
            assertThat(jdbc.queryForObject("SELECT count(DISTINCT aggregate_identifier) FROM domain_event_entry WHERE "
                    + "payload_type LIKE '%.NoticeSent'", Long.class)).isEqualTo(8);
        }
    }

    private static List<MimeMessage> mails(String subjectStart) {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            if (NoticeMailTest.subject(message).startsWith(subjectStart)) {
                found.add(message);
            }
        }
        return found;
    }

    private static ConfigurableApplicationContext start(String database) {
        return new SpringApplicationBuilder(CommandSideApplication.class).profiles("demo")
                .run("--spring.datasource.url=" + database,
                        "--spring.datasource.username=" + TestPostgres.username(),
                        "--spring.datasource.password=" + TestPostgres.password(),
                        "--server.port=0",
                        "--db-scheduler.polling-interval=200ms",
                        "--sla.notices.enabled=true",
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + SMTP.getSmtp().getPort(),
                        "--sla.notices.recipients.LEGAL=legal@example.com",
                        "--sla.notices.recipients.VENDOR_MANAGER=manager@example.com, deputy@example.com");
    }
}
