package com.vendorsla.standalone.demo;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.AgreementType;
import com.vendorsla.sharedkernel.agreement.RevisionReason;
import com.vendorsla.sharedkernel.agreement.command.ApproveRevision;
import com.vendorsla.sharedkernel.agreement.command.DraftAgreement;
import com.vendorsla.sharedkernel.agreement.command.ProposeRevision;
import com.vendorsla.sharedkernel.agreement.command.SignAgreement;
import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;
import com.vendorsla.sharedkernel.common.AuditMetadata;
import com.vendorsla.sharedkernel.common.Party;
import com.vendorsla.sharedkernel.performance.CreditId;
import com.vendorsla.sharedkernel.performance.DisputeOutcome;
import com.vendorsla.sharedkernel.performance.DowntimeCause;
import com.vendorsla.sharedkernel.performance.DowntimeFacts;
import com.vendorsla.sharedkernel.performance.IncidentRecord;
import com.vendorsla.sharedkernel.performance.PerformancePeriodId;
import com.vendorsla.sharedkernel.performance.TimeSpan;
import com.vendorsla.sharedkernel.performance.command.ClosePeriod;
import com.vendorsla.sharedkernel.performance.command.DisputeCredit;
import com.vendorsla.sharedkernel.performance.command.RecordDowntime;
import com.vendorsla.sharedkernel.performance.command.RecordIncident;
import com.vendorsla.sharedkernel.performance.command.RecordKpiValue;
import com.vendorsla.sharedkernel.performance.command.ResolveCreditDispute;
import com.vendorsla.sharedkernel.vendor.VendorId;
import com.vendorsla.sharedkernel.review.ReviewId;
import com.vendorsla.sharedkernel.review.command.CompleteReview;
import com.vendorsla.sharedkernel.vendor.AcquisitionId;
import com.vendorsla.sharedkernel.vendor.command.AcquireVendor;
import com.vendorsla.sharedkernel.vendor.command.RegisterVendor;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * A realistic portfolio for trying the platform ({@code --sla.demo-data=true}), recorded through the same
 * commands users send, with their actors and reasons: vendors, agreements of every type, 18 months of
 * measurements with breaches, credits, disputes, earn-backs and a termination right, a revision, an
 * acquisition with renegotiations and an annual review. Ids are derived from names, so seeding twice finds
 * the portfolio in place and changes nothing.
 */
@Component
@ConditionalOnProperty(name = "sla.demo-data", havingValue = "true")
public class DemoPortfolio {

    private static final Logger log = LoggerFactory.getLogger(DemoPortfolio.class);
    static final YearMonth FIRST_MONTH = YearMonth.of(2025, 5);
    static final int MONTHS = 18;

    /** Minutes of vendor downtime of the hosting platform per month, May 2025 onwards (99.9 % ≈ 43 min). */
    private static final int[] HOSTING_DOWNTIME = {0, 12, 75, 0, 5, 0, 50, 0, 0, 20, 0, 30, 0, 0, 15, 95, 0, 70};
    /** Minutes to first response of the month's urgent ticket at the service desk (threshold 30). */
    private static final int[] DESK_RESPONSE = {12, 25, 18, 41, 22, 9, 28, 15, 35, 20, 14, 26, 19, 44, 17, 23, 11, 27};
    /** First-contact resolution reported by the service desk per month (target 70 %). */
    private static final String[] DESK_FCR = {"72.5", "71.0", "69.5", "73.2", "74.0", "70.1", "68.8", "71.9", "72.4",
            "75.0", "73.3", "70.0", "71.6", "69.9", "72.8", "74.4", "73.0", "71.2"};
    /** Minutes of storage downtime per month (tiered credits below 99.99 %, 99.0 %, 95.0 %). */
    private static final int[] STORAGE_DOWNTIME = {0, 3, 0, 0, 480, 0, 0, 1, 0, 0, 0, 0, 6, 0, 0, 0, 0, 0};

    private final CommandGateway commands;
    private final EventStore eventStore;

    public DemoPortfolio(CommandGateway commands, EventStore eventStore) {
        this.commands = commands;
        this.eventStore = eventStore;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    public void seed() {
        VendorId northwind = vendorId("Northwind Hosting");
        if (eventStore.lastSequenceNumberFor(northwind.value()).isPresent()) {
            log.info("Demo portfolio already present: nothing seeded");
            return;
        }
        long started = System.nanoTime();
        log.info("Seeding the demo portfolio (18 months of measurements) through the platform's commands...");
        Instant start = FIRST_MONTH.atDay(1).minusDays(20).atStartOfDay().toInstant(ZoneOffset.UTC);

        VendorId contoso = vendorId("Contoso Service Desk");
        VendorId fabrikam = vendorId("Fabrikam Cloud");
        VendorId globex = vendorId("Globex Networks");
        VendorId initech = vendorId("Initech Holdings");
        VendorId netops = vendorId("Group IT Network Operations");
        register(northwind, "Northwind Hosting", "DE", "SUP-1001", start);
        register(contoso, "Contoso Service Desk", "GB", "SUP-1002", start);
        register(fabrikam, "Fabrikam Cloud", "US", "SUP-1003", start);
        register(globex, "Globex Networks", "NL", "SUP-1004", start);
        register(initech, "Initech Holdings", "US", "SUP-1005", start);
        register(netops, "Group IT Network Operations", null, "INTERNAL-NETOPS", start);

        AgreementId hosting = agreementId("Core hosting");
        AgreementId desk = agreementId("Finance service desk");
        AgreementId storage = agreementId("Object storage");
        AgreementId network = agreementId("Corporate network");
        AgreementId branches = agreementId("Branch office network");
        AgreementId networkOla = agreementId("Network operations OLA");
        LocalDate from = FIRST_MONTH.atDay(1);
        draftAndSign(hosting, northwind, "Core hosting", AgreementType.SERVICE_BASED, "All business units", from, null, null,
                DemoTerms.hosting(), start);
        draftAndSign(desk, contoso, "Finance service desk", AgreementType.CUSTOMER_BASED, "Finance", from, null, null,
                DemoTerms.serviceDesk(), start);
        draftAndSign(storage, fabrikam, "Object storage", AgreementType.SERVICE_BASED, "All business units", from, null,
                null, DemoTerms.storage(), start);
        draftAndSign(network, globex, "Corporate network", AgreementType.MULTI_LEVEL, "Group", from, null, null,
                DemoTerms.network(), start);
        draftAndSign(branches, globex, "Branch office network", AgreementType.MULTI_LEVEL, "Retail branches", from, network,
                null, DemoTerms.branchOverrides(), start.plusSeconds(3600));
        draftAndSign(networkOla, netops, "Network operations OLA", AgreementType.OLA, "Group IT Hosting", from, null,
                hosting, DemoTerms.networkOla(), start.plusSeconds(7200));

        for (int m = 0; m < MONTHS; m++) {
            YearMonth month = FIRST_MONTH.plusMonths(m);
            Instant recorded = month.atEndOfMonth().atTime(LocalTime.of(17, 0)).toInstant(ZoneOffset.UTC);
            if (HOSTING_DOWNTIME[m] > 0) {
                Instant down = month.atDay(9 + m % 10).atTime(2, 15).toInstant(ZoneOffset.UTC);
                send(new RecordDowntime(period(hosting, month), "dt-" + uuid("hosting-dt-" + month),
                        new DowntimeFacts("availability", down, down.plusSeconds(60L * HOSTING_DOWNTIME[m]), DowntimeCause.VENDOR,
                                "INC-" + (4000 + m)), recorded, null), "manager", "VENDOR_MANAGER", "monitoring export");
            }
            Instant opened = month.atDay(5).atTime(9, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant();
            send(new RecordIncident(period(desk, month), "inc-" + uuid("desk-inc-" + month), new IncidentRecord(
                    "SD-" + (7000 + m), com.vendorsla.sharedkernel.agreement.terms.Severity.URGENT, opened,
                    opened.plusSeconds(60L * DESK_RESPONSE[m]), opened.plusSeconds(60L * (DESK_RESPONSE[m] + 180)),
                    m % 4 == 0 ? List.of(new TimeSpan(opened.plusSeconds(3600), opened.plusSeconds(5400))) : List.of()),
                    recorded, null), "manager", "VENDOR_MANAGER", "ticket export");
            send(new RecordKpiValue(period(desk, month), "kpi-" + uuid("desk-fcr-" + month), "fcr",
                    new BigDecimal(DESK_FCR[m]), recorded, null), "manager", "VENDOR_MANAGER", "monthly service report");
            if (STORAGE_DOWNTIME[m] > 0) {
                Instant down = month.atDay(14).atTime(13, 0).toInstant(ZoneOffset.UTC);
                send(new RecordDowntime(period(storage, month), "dt-" + uuid("storage-dt-" + month),
                        new DowntimeFacts("availability", down, down.plusSeconds(60L * STORAGE_DOWNTIME[m]), DowntimeCause.VENDOR,
                                "STATUS-" + m), recorded, null), "manager", "VENDOR_MANAGER", "provider status page");
            }
            Instant closing = month.plusMonths(1).atDay(3).atTime(10, 0).toInstant(ZoneOffset.UTC);
            for (AgreementId agreement : List.of(hosting, desk, storage, network, branches, networkOla)) {
                send(new ClosePeriod(period(agreement, month), null, closing, null), "manager", "VENDOR_MANAGER",
                        "monthly close");
            }
            if (month.equals(YearMonth.of(2025, 7))) {
                CreditId credit = CreditId.of(period(hosting, month), 1);
                Instant disputed = closing.plusSeconds(86_400 * 3);
                send(new DisputeCredit(credit.periodId(), credit, "planned maintenance was announced 5 days ahead",
                        disputed, null), "manager", "VENDOR_MANAGER", "vendor dispute by e-mail");
                send(new ResolveCreditDispute(credit.periodId(), credit, DisputeOutcome.REDUCED, new BigDecimal("2500.00"),
                        disputed.plusSeconds(86_400 * 5), null), "legal", "LEGAL", "announcement came 3 days late");
            }
            if (month.equals(YearMonth.of(2026, 1))) {
                send(new CompleteReview(ReviewId.of(hosting, 2025),
                        List.of("availability missed twice (July, November); both credits earned back",
                                "urgent response met every month, but with little margin"),
                        List.of("tighten urgent response to 45 minutes (revision 1, in force since February)",
                                "keep the 10 % at-risk pool"), null, closing.plusSeconds(86_400 * 2), null),
                        "manager", "VENDOR_MANAGER", "annual service review with Northwind");
            }
            if (month.equals(YearMonth.of(2026, 8))) {
                send(new AcquireVendor(globex, AcquisitionId.of(uuid("demo-acquisition-globex")), initech,
                        LocalDate.of(2026, 9, 1), "SPA-2026-GLX", closing.plusSeconds(86_400 * 5), null),
                        "legal", "LEGAL", "Initech completed its purchase of Globex");
            }
            if (month.equals(YearMonth.of(2025, 12))) {
                Instant agreed = closing.plusSeconds(86_400 * 10);
                send(new ProposeRevision(hosting, Party.CUSTOMER, DemoTerms.hostingRevised(), RevisionReason.PERFORMANCE,
                        LocalDate.of(2026, 2, 1), "tighten urgent response after repeated near misses", agreed, null),
                        "manager", "VENDOR_MANAGER", "quarterly service review");
                send(new ApproveRevision(hosting, 1, Party.CUSTOMER, agreed.plusSeconds(3600), null), "manager",
                        "VENDOR_MANAGER", null);
                send(new ApproveRevision(hosting, 1, Party.VENDOR, agreed.plusSeconds(7200), null), "manager",
                        "VENDOR_MANAGER", "approved by Northwind's account director");
            }
        }
        log.info("Demo portfolio seeded in {} s", (System.nanoTime() - started) / 1_000_000_000L);
    }

    private void register(VendorId id, String name, String country, String reference, Instant at) {
        send(new RegisterVendor(id, name, country, reference, at), "manager", "VENDOR_MANAGER", "vendor onboarding");
    }

    private void draftAndSign(AgreementId id, VendorId vendor, String title, AgreementType type, String customer,
                              LocalDate from, AgreementId parent, AgreementId underpins, AgreementTerms terms, Instant at) {
        send(new DraftAgreement(id, vendor, title, type, customer, from, null, parent, underpins, terms, at),
                "manager", "VENDOR_MANAGER", "contract entered from the signed PDF");
        send(new SignAgreement(id, Party.CUSTOMER, "Head of IT Procurement", at.plusSeconds(60), null), "manager",
                "VENDOR_MANAGER", null);
        send(new SignAgreement(id, Party.VENDOR, "Account Director", at.plusSeconds(120), null), "manager",
                "VENDOR_MANAGER", null);
    }

    private void send(Object command, String actor, String role, String reason) {
        MetaData metadata = MetaData.with(AuditMetadata.ACTOR, actor).and(AuditMetadata.ROLE, role)
                .and(AuditMetadata.TRACE_ID, "demo-seed");
        if (reason != null) {
            metadata = metadata.and(AuditMetadata.REASON, reason);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).withMetaData(metadata));
                return;
            } catch (ConcurrencyException e) {
                // a deadline of the platform (e.g. a review falling due) wrote to the same aggregate just now
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    static PerformancePeriodId period(AgreementId agreement, YearMonth month) {
        return PerformancePeriodId.of(agreement, month);
    }

    static VendorId vendorId(String name) {
        return VendorId.of(uuid("demo-vendor-" + name));
    }

    static AgreementId agreementId(String title) {
        return AgreementId.of(uuid("demo-agreement-" + title));
    }

    static UUID uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
