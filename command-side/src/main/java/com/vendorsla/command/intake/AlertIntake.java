package com.vendorsla.command.intake;

import com.vendorsla.command.performance.AgreementFacts;
import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.intake.IntakeIds;
import com.vendorsla.sharedkernel.intake.ImportKind;
import com.vendorsla.sharedkernel.intake.Provenance;
import com.vendorsla.sharedkernel.intake.command.ObserveAlert;
import com.vendorsla.sharedkernel.performance.DowntimeCause;
import com.vendorsla.sharedkernel.performance.DowntimeFacts;
import com.vendorsla.sharedkernel.performance.PerformancePeriodId;
import com.vendorsla.sharedkernel.performance.command.RecordDowntime;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What the platform makes of Prometheus Alertmanager's alerts (api.md, Measurement intake): a resolved alert that
 * matches a binding records a downtime {@code [startsAt, endsAt)}, split at month ends of the agreement's coverage time
 * zone, together with its outage, in one unit of work; a firing one is an ONGOING outage; a redelivery records nothing;
 * one a period refuses (closed) is REJECTED; one no binding matches is listed as unmatched.
 */
@Service
class AlertIntake {

    private static final Logger log = LoggerFactory.getLogger(AlertIntake.class);
    static final String INTEGRATION = "alertmanager";
    private static final int ATTEMPTS = 4;

    private final IntakeCommands commands;
    private final IntakeIndexes indexes;
    private final AgreementFacts agreements;
    private final Repository<Outage> outages;
    private final Repository<IntegrationToken> tokens;

    AlertIntake(IntakeCommands commands, IntakeIndexes indexes, AgreementFacts agreements, Repository<Outage> outages,
                Repository<IntegrationToken> tokens) {
        this.commands = commands;
        this.indexes = indexes;
        this.agreements = agreements;
        this.outages = outages;
        this.tokens = tokens;
    }

    /** One alert of a delivery, as read from the payload. */
    record Alert(String status, String fingerprint, Instant startsAt, Instant endsAt, Map<String, String> labels) {
        boolean resolved() {
            return Outage.RESOLVED.equals(status);
        }
    }

    /** The answer (api.md): what this delivery's alerts came to. */
    record Tally(int matched, int recorded, int duplicates, int ongoing, int unmatched, int rejected) {
    }

    /** Whether {@code token} is an integration token issued and not revoked; its name, if so. */
    Optional<String> authenticate(String token) {
        int dot = token.indexOf('.');
        String tokenId = dot > 0 ? token.substring(0, dot) : "";
        if (!com.vendorsla.sharedkernel.common.TypedIds.isValid(IntakeIds.TOKEN, tokenId)) {
            return Optional.empty();
        }
        String presented = ImportController.sha256(token.getBytes(StandardCharsets.UTF_8));
        return commands.inOneUnitOfWork(() -> {
            try {
                return tokens.load(tokenId).invoke(t -> t.accepts(presented) ? Optional.of(t.name()) : Optional.<String>empty());
            } catch (AggregateNotFoundException e) {
                return Optional.<String>empty();
            }
        }, result -> false);
    }

    Tally take(List<Alert> alerts, String tokenName) {
        Map<String, Object> metadata = IntakeCommands.integrationMetadata(tokenName);
        List<IntakeIndexes.Binding> bindings = indexes.bindings();
        int matched = 0, recorded = 0, duplicates = 0, ongoing = 0, unmatched = 0, rejected = 0;
        for (Alert alert : alerts) {
            List<IntakeIndexes.Binding> matching = bindings.stream().filter(b -> b.matches(alert.labels())).toList();
            if (matching.isEmpty()) {
                unmatched++;
                commands.send(observe(alert, IntakeIds.outage(alert.fingerprint(), alert.startsAt().toString(), null),
                        null, List.of(), List.of(), null, null), metadata);
                continue;
            }
            for (IntakeIndexes.Binding binding : matching) {
                matched++;
                String outageId = IntakeIds.outage(alert.fingerprint(), alert.startsAt().toString(), binding.bindingId());
                if (!alert.resolved()) {
                    ongoing++;
                    commands.send(observe(alert, outageId, binding, List.of(), List.of(), null, null), metadata);
                    continue;
                }
                Result result = resolve(alert, outageId, binding, metadata);
                switch (result.kind()) {
                    case RECORDED -> recorded += result.downtimes();
                    case DUPLICATE -> duplicates++;
                    case REJECTED -> rejected++;
                }
            }
        }
        return new Tally(matched, recorded, duplicates, ongoing, unmatched, rejected);
    }

    private enum Kind { RECORDED, DUPLICATE, REJECTED }

    private record Result(Kind kind, int downtimes, String code, String message) {
    }

    /**
     * A resolved alert: its downtimes and its outage's end in one unit of work. Two deliveries of one alert at the same
     * moment meet at the outage's lock or, the first time, at the event store's key: the loser tries again and finds
     * the outage resolved.
     */
    private Result resolve(Alert alert, String outageId, IntakeIndexes.Binding binding, Map<String, Object> metadata) {
        // the coverage time zone is read in a unit of work of its own: the agreement stays locked only while it is read,
        // not while every alert of every sender records its downtime
        AgreementId agreementId = new AgreementId(binding.agreementId());
        ZoneId zone = commands.inOneUnitOfWork(() -> coverageZone(agreementId, alert.startsAt()), z -> false);
        RuntimeException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                Result result = commands.inOneUnitOfWork(() -> recordDowntimes(alert, outageId, binding, zone, metadata),
                        r -> r.kind() == Kind.RECORDED);
                if (result.kind() == Kind.REJECTED) {
                    if ("DUPLICATE_RECORD".equals(result.code())) {
                        continue; // another delivery of this alert recorded it meanwhile: look again
                    }
                    commands.send(observe(alert, outageId, binding, List.of(), List.of(), result.code(), result.message()),
                            metadata);
                }
                return result;
            } catch (RuntimeException e) {
                last = e; // a concurrent delivery created the outage first: look again
                log.debug("alert {} attempt {} failed: {}", outageId, attempt, e.toString());
            }
        }
        if (last != null) {
            throw last;
        }
        return new Result(Kind.DUPLICATE, 0, null, null);
    }

    private Result recordDowntimes(Alert alert, String outageId, IntakeIndexes.Binding binding, ZoneId zone,
                                   Map<String, Object> metadata) {
        boolean open;
        try {
            open = outages.load(outageId).invoke(Outage::isNewOrOngoing);
        } catch (AggregateNotFoundException e) {
            open = true;
        }
        if (!open) {
            return new Result(Kind.DUPLICATE, 0, null, null);
        }
        AgreementId agreementId = new AgreementId(binding.agreementId());
        String sourceId = alert.fingerprint() + "@" + alert.startsAt();
        List<String> downtimeIds = new ArrayList<>();
        List<String> periods = new ArrayList<>();
        Instant now = commands.now();
        for (Instant from = alert.startsAt(); from.isBefore(alert.endsAt()); ) {
            YearMonth month = YearMonth.from(from.atZone(zone));
            Instant monthEnd = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
            Instant to = alert.endsAt().isBefore(monthEnd) ? alert.endsAt() : monthEnd;
            String downtimeId = "dt-" + UUID.nameUUIDFromBytes((outageId + "|" + month).getBytes(StandardCharsets.UTF_8));
            DowntimeFacts facts = new DowntimeFacts(binding.serviceLevelId(), from, to, DowntimeCause.valueOf(binding.cause()),
                    reference(alert));
            String content = MeasurementRows.sha256(ImportKind.DOWNTIME.path() + "|" + binding.agreementId() + "|" + month
                    + "|" + facts.serviceLevelId() + "|" + from + "|" + to + "|" + facts.cause());
            IntakeCommands.Outcome outcome = commands.attempt(new RecordDowntime(PerformancePeriodId.of(agreementId, month),
                    downtimeId, facts, now, null), metadata, Provenance.ofAlert(INTEGRATION, alert.fingerprint(), sourceId,
                    binding.bindingId(), outageId, content));
            if (!outcome.applied()) {
                return new Result(Kind.REJECTED, 0, outcome.code(), month + ": " + outcome.message());
            }
            downtimeIds.add(downtimeId);
            periods.add(month.toString());
            from = to;
        }
        commands.attempt(observe(alert, outageId, binding, downtimeIds, periods, null, null), metadata, null);
        return new Result(Kind.RECORDED, downtimeIds.size(), null, null);
    }

    private ZoneId coverageZone(AgreementId agreementId, Instant at) {
        YearMonth month = YearMonth.from(at.atZone(ZoneOffset.UTC));
        return agreements.forPeriod(agreementId, month).map(terms -> {
            try {
                return ZoneId.of(terms.terms().coverage().timeZone());
            } catch (RuntimeException e) {
                return (ZoneId) ZoneOffset.UTC;
            }
        }).orElse(ZoneOffset.UTC);
    }

    /** The downtime's reference: the alert's name, as the monitoring system calls it. */
    private static String reference(Alert alert) {
        String name = alert.labels().get("alertname");
        String reference = "alertmanager:" + (name == null ? alert.fingerprint() : name);
        return reference.length() <= 200 ? reference : reference.substring(0, 200);
    }

    private ObserveAlert observe(Alert alert, String outageId, IntakeIndexes.Binding binding, List<String> downtimeIds,
                                 List<String> periods, String rejectionCode, String rejection) {
        return new ObserveAlert(outageId, alert.fingerprint(), alert.status(), alert.startsAt(),
                alert.resolved() ? alert.endsAt() : null, alert.labels(), binding == null ? null : binding.bindingId(),
                binding == null ? null : new AgreementId(binding.agreementId()), binding == null ? null : binding.serviceLevelId(),
                downtimeIds, periods, rejectionCode, rejection, commands.now());
    }
}
