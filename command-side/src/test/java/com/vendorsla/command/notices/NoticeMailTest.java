package com.vendorsla.command.notices;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.vendorsla.command.CommandSideApplication;
import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.AgreementType;
import com.vendorsla.sharedkernel.agreement.TerminationReason;
import com.vendorsla.sharedkernel.agreement.TerminationRightCause;
import com.vendorsla.sharedkernel.agreement.command.DraftAgreement;
import com.vendorsla.sharedkernel.agreement.command.GrantTerminationRight;
import com.vendorsla.sharedkernel.agreement.command.SignAgreement;
import com.vendorsla.sharedkernel.agreement.command.TerminateAgreement;
import com.vendorsla.sharedkernel.common.Party;
import com.vendorsla.sharedkernel.performance.DowntimeCause;
import com.vendorsla.sharedkernel.performance.DowntimeFacts;
import com.vendorsla.sharedkernel.performance.PerformancePeriodId;
import com.vendorsla.sharedkernel.performance.command.ClosePeriod;
import com.vendorsla.sharedkernel.performance.command.RecordDowntime;
import com.vendorsla.sharedkernel.testsupport.TermsExamples;
import com.vendorsla.sharedkernel.testsupport.TestPostgres;
import com.vendorsla.sharedkernel.vendor.VendorId;
import com.vendorsla.sharedkernel.vendor.command.RegisterVendor;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static com.vendorsla.command.notices.WebhookDeliveryTest.await;
import static com.vendorsla.command.notices.WebhookDeliveryTest.sleep;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notices mailed through a real SMTP server in the test JVM (GreenMail), from the write side on its own PostgreSQL.
 * The persistent scheduler's clock is moved forward to reach reminders days ahead; the platform's own time stays.
 * (Two instances on one database: {@link NoticeTwoInstancesTest}.)
 */
class NoticeMailTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    /** How far ahead of the real time the scheduler's clock runs (it must keep running: db-scheduler waits by it). */
    static final AtomicReference<Duration> SCHEDULER_AHEAD = new AtomicReference<>(Duration.ZERO);
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    static ConfigurableApplicationContext first;
    static CommandGateway commands;
    static JdbcTemplate jdbc;
    static VendorId vendor = VendorId.of(UUID.randomUUID());

    @BeforeAll
    static void start() {
        String database = TestPostgres.freshDatabase();
        first = start(database);
        commands = first.getBean(CommandGateway.class);
        jdbc = first.getBean(JdbcTemplate.class);
        commands.sendAndWait(new RegisterVendor(vendor, "Acme Hosting", "DE", null, Instant.now()));
    }

    @AfterAll
    static void stop() {
        first.close();
    }

    static ConfigurableApplicationContext start(String database) {
        return new SpringApplicationBuilder(CommandSideApplication.class).profiles("demo")
                .initializers(context -> ((GenericApplicationContext) context).registerBean("schedulerClock",
                        com.github.kagkarlsson.scheduler.Clock.class, () -> NoticeMailTest::schedulerNow))
                .run("--spring.datasource.url=" + database,
                        "--spring.datasource.username=" + TestPostgres.username(),
                        "--spring.datasource.password=" + TestPostgres.password(),
                        "--server.port=0",
                        "--db-scheduler.polling-interval=200ms",
                        "--sla.notices.enabled=true",
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + SMTP.getSmtp().getPort(),
                        "--sla.notices.recipients.LEGAL=legal@example.com",
                        "--sla.notices.recipients.VENDOR_MANAGER=manager@example.com, deputy@example.com",
                        "--sla.notices.recipients.ADMIN=admin@example.com");
    }

    @Test
    void aGrantedRightIsAnnounced_remindedAsItsDayNears_andNoLongerOnceExercised() {
        AgreementId agreement = activeAgreement(TODAY.minusMonths(6), TODAY.plusYears(2));
        LocalDate exerciseBy = TODAY.plusDays(60);
        commands.sendAndWait(new GrantTerminationRight(agreement, "right-1", "availability", TerminationRightCause.BREACHES,
                List.of(YearMonth.from(TODAY.minusMonths(1))), TODAY, exerciseBy, Instant.now()));

        await(() -> mails("Termination right granted on agreement " + agreement).size() == 3, "the grant to 3 people");
        assertThat(recipients("Termination right granted on agreement " + agreement))
                .containsExactlyInAnyOrder("legal@example.com", "manager@example.com", "deputy@example.com");
        assertThat(mails("Termination right on agreement " + agreement)).isEmpty();

        moveSchedulerTo(exerciseBy.minusDays(14));
        await(() -> mails("Termination right on agreement " + agreement + " lapses in 14 days").size() == 3,
                "the 14-day reminder");

        commands.sendAndWait(new TerminateAgreement(agreement, TerminationReason.FOR_CAUSE, "right-1",
                TODAY.plusDays(90), Instant.now(), null));
        moveSchedulerTo(exerciseBy.minusDays(3));
        awaitNoDueNotices();
        assertThat(mails("Termination right on agreement " + agreement + " lapses in 3 days")).isEmpty();
        await(() -> noticesSent("TERMINATION_RIGHT", agreement) == 2, "the grant and one reminder recorded");
    }

    @Test
    void aMonthLeftUnclosedIsRemindedWeeklyUntilClosed() {
        AgreementId agreement = activeAgreement(TODAY.minusMonths(6), TODAY.plusYears(2));
        YearMonth month = YearMonth.from(TODAY.minusMonths(2));
        PerformancePeriodId period = PerformancePeriodId.of(agreement, month);
        Instant start = month.atDay(3).atStartOfDay(ZoneOffset.UTC).toInstant();
        commands.sendAndWait(new RecordDowntime(period, "dt-1", new DowntimeFacts("availability", start,
                start.plus(Duration.ofMinutes(30)), DowntimeCause.VENDOR, null), Instant.now(), null));

        String subject = "Month " + month + " of agreement " + agreement + " is not closed";
        await(() -> mails(subject).size() == 2, "the first reminder to both vendor managers");
        // a week and a day on from wherever an earlier test left the scheduler's clock
        moveSchedulerTo(schedulerNow().atZone(ZoneOffset.UTC).toLocalDate().plusDays(8));
        await(() -> mails(subject).size() == 4, "a week later, the second");

        commands.sendAndWait(new ClosePeriod(period, null, Instant.now(), null));
        moveSchedulerTo(schedulerNow().atZone(ZoneOffset.UTC).toLocalDate().plusDays(8));
        awaitNoDueNotices();
        assertThat(mails(subject)).hasSize(4);
        await(() -> noticesSent("MONTH_NOT_CLOSED", period) == 2, "two reminders recorded");
    }

    @Test
    void anAgreementEndingIsAnnouncedAt90And30Days() {
        LocalDate end = TODAY.plusDays(200);
        AgreementId agreement = activeAgreement(TODAY.minusMonths(6), end);
        String prefix = "Agreement " + agreement + " ends in ";
        sleep(1000);
        assertThat(mails(prefix)).isEmpty();

        moveSchedulerTo(end.minusDays(90));
        await(() -> mails(prefix + "90 days").size() == 3, "90 days before, to the managers and legal");
        assertThat(mails(prefix + "30 days")).isEmpty();
        moveSchedulerTo(end.minusDays(30));
        await(() -> mails(prefix + "30 days").size() == 3, "30 days before");
        assertThat(mails(prefix + "90 days")).hasSize(3);
        await(() -> noticesSent("AGREEMENT_EXPIRING", agreement) == 2, "both recorded");
    }

    // --- helpers

    static AgreementId activeAgreement(LocalDate from, LocalDate to) {
        AgreementId agreement = AgreementId.of(UUID.randomUUID());
        Instant now = Instant.now();
        commands.sendAndWait(new DraftAgreement(agreement, vendor, "Core hosting", AgreementType.SERVICE_BASED,
                "Finance IT", from, to, null, null, TermsExamples.poolTerms(), now));
        commands.sendAndWait(new SignAgreement(agreement, Party.CUSTOMER, "C. Buyer", now, null));
        commands.sendAndWait(new SignAgreement(agreement, Party.VENDOR, "V. Seller", now, null));
        return agreement;
    }

    /** The scheduler's time: the real time, or later where the test moved it forward. */
    static Instant schedulerNow() {
        return Instant.now().plus(SCHEDULER_AHEAD.get());
    }

    /**
     * The scheduler's clock moves (never back) to one hour into {@code day}, once nothing is executing: a jump of days
     * under a running execution would make db-scheduler take it for one of a dead instance.
     */
    static void moveSchedulerTo(LocalDate day) {
        await(() -> jdbc.queryForObject("SELECT count(*) FROM scheduled_tasks WHERE picked", Long.class) == 0,
                "no execution in progress");
        Instant target = day.atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofHours(1));
        SCHEDULER_AHEAD.updateAndGet(ahead -> {
            Duration needed = Duration.between(Instant.now(), target);
            return needed.compareTo(ahead) > 0 ? needed : ahead;
        });
    }

    /** Until no notice task is due any more (each was sent, or found resolved and dropped). */
    static void awaitNoDueNotices() {
        await(() -> jdbc.queryForObject("SELECT count(*) FROM scheduled_tasks WHERE task_name = ? AND execution_time <= ?",
                Long.class, NoticeTask.NAME, java.sql.Timestamp.from(schedulerNow())) == 0, "the due notices handled");
        sleep(500);
    }

    static long noticesSent(String kind, Object relatedTo) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%.NoticeSent' "
                + "AND position(convert_to(?, 'UTF8') in payload) > 0 AND position(convert_to(?, 'UTF8') in payload) > 0",
                Long.class, "\"kind\":\"" + kind, "\"relatedTo\":\"" + relatedTo + "\"");
    }

    static List<MimeMessage> mails(String subjectStart) {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            if (subject(message).startsWith(subjectStart)) {
                found.add(message);
            }
        }
        return found;
    }

    static List<String> recipients(String subjectStart) {
        List<String> all = new ArrayList<>();
        for (MimeMessage message : mails(subjectStart)) {
            try {
                // GreenMail keeps one copy per recipient, each with every To address: count each copy's own one once
                Arrays.stream(message.getAllRecipients()).map(Address::toString).forEach(all::add);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return all.stream().distinct().toList();
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
