package com.vendorsla.query.performance;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;
import com.vendorsla.sharedkernel.performance.CreditLine;
import com.vendorsla.sharedkernel.performance.CreditLineType;
import com.vendorsla.sharedkernel.performance.CreditStatus;
import com.vendorsla.sharedkernel.performance.DisputeOutcome;
import com.vendorsla.sharedkernel.performance.DowntimeFacts;
import com.vendorsla.sharedkernel.performance.IncidentRecord;
import com.vendorsla.sharedkernel.performance.PerformancePeriodId;
import com.vendorsla.sharedkernel.performance.PeriodStatus;
import com.vendorsla.sharedkernel.performance.ServiceLevelOutcome;
import com.vendorsla.sharedkernel.performance.event.CreditClawedBack;
import com.vendorsla.sharedkernel.performance.event.CreditDisputeResolved;
import com.vendorsla.sharedkernel.performance.event.CreditDisputed;
import com.vendorsla.sharedkernel.performance.event.DowntimeCorrected;
import com.vendorsla.sharedkernel.performance.event.DowntimeRecorded;
import com.vendorsla.sharedkernel.performance.event.EarnBackLapsed;
import com.vendorsla.sharedkernel.performance.event.ExclusionClaimDecided;
import com.vendorsla.sharedkernel.performance.event.ExclusionClaimed;
import com.vendorsla.sharedkernel.performance.event.IncidentCorrected;
import com.vendorsla.sharedkernel.performance.event.IncidentRecorded;
import com.vendorsla.sharedkernel.performance.event.KpiValueCorrected;
import com.vendorsla.sharedkernel.performance.event.KpiValueRecorded;
import com.vendorsla.sharedkernel.performance.event.PerformancePeriodEvent;
import com.vendorsla.sharedkernel.performance.event.PeriodClosed;
import com.vendorsla.sharedkernel.performance.event.PeriodOpened;
import com.vendorsla.sharedkernel.performance.event.PeriodReevaluated;
import com.vendorsla.sharedkernel.performance.query.PerformancePeriodView.ResultChange;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What the read side keeps of one performance period, folded from its events and stored as JSON in
 * {@code period_view.document}. It holds the stored facts only (figures as the events carry them); wording and
 * formulas for readers are derived when the view is read ({@link PeriodViewAssembler}), so improving them needs no
 * replay. Each {@code on(…)} returns the ledger lines the event added.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
final class PeriodDocument {

    String id;
    String agreementId;
    String vendorId;
    YearMonth month;
    PeriodStatus status = PeriodStatus.OPEN;
    Integer termsVersion;
    long version = -1;
    Instant periodStart;
    Instant periodEnd;
    Instant openedAt;
    Instant closedAt;
    String waiverReason;
    AgreementTerms terms;
    String currency;
    BigDecimal monthlyCharge;
    BigDecimal atRisk;
    BigDecimal cap;
    BigDecimal creditTotal;
    BigDecimal capReduction;
    List<ServiceLevelOutcome> results = new ArrayList<>();
    Map<String, Downtime> downtimes = new LinkedHashMap<>();
    Map<String, Incident> incidents = new LinkedHashMap<>();
    Map<String, Kpi> kpiValues = new LinkedHashMap<>();
    Map<String, Claim> claims = new LinkedHashMap<>();
    List<Correction> corrections = new ArrayList<>();
    Map<String, Credit> credits = new LinkedHashMap<>();
    List<Line> lines = new ArrayList<>();
    List<Reevaluation> reevaluations = new ArrayList<>();

    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
    static final class Downtime {
        DowntimeFacts facts;
        Instant recordedAt;
    }

    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
    static final class Incident {
        IncidentRecord record;
        Instant recordedAt;
    }

    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
    static final class Kpi {
        String serviceLevelId;
        BigDecimal value;
        Instant recordedAt;
    }

    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
    static final class Claim {
        String id;
        String downtimeId;
        String reason;
        Instant claimedAt;
        /** null until decided. */
        Boolean approved;
        String note;
        Instant decidedAt;
    }

    /** One correction; typed per kind of record so the stored document keeps each record's own shape. */
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
    static final class Correction {
        String id;
        String target;
        String targetId;
        String reason;
        Instant occurredAt;
        DowntimeFacts downtimeBefore;
        DowntimeFacts downtimeAfter;
        IncidentRecord incidentBefore;
        IncidentRecord incidentAfter;
        BigDecimal kpiBefore;
        BigDecimal kpiAfter;

        Object before() {
            return downtimeBefore != null ? downtimeBefore : incidentBefore != null ? incidentBefore : kpiBefore;
        }

        Object after() {
            return downtimeAfter != null ? downtimeAfter : incidentAfter != null ? incidentAfter : kpiAfter;
        }
    }

    /**
     * One credit. {@code figures} is the line of its latest evaluation (the assessed line, or the adjustment a
     * re-evaluation made); {@code amount} sums its ASSESSED and ADJUSTMENT lines, {@code net} all of its lines.
     */
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
    static final class Credit {
        String id;
        String serviceLevelId;
        CreditLine figures;
        BigDecimal amount;
        BigDecimal net;
        CreditStatus status;
        int lineCount;
        String disputeReason;
        Instant disputedAt;
        DisputeOutcome outcome;
        BigDecimal amountBefore;
        BigDecimal amountAfter;
        Instant resolvedAt;
        /** null while undecided, else CLAWED_BACK or LAPSED. */
        String earnBack;
        List<YearMonth> metIn;
        YearMonth missedIn;
        Instant earnBackDecidedAt;
    }

    /** A ledger line with where it came from: the event's sequence number and the line's place in the event. */
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
    static final class Line {
        long sequence;
        int position;
        int lineNo;
        CreditLine line;
        String reference;
        Instant occurredAt;
    }

    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
    static final class Reevaluation {
        String correctionId;
        long sequence;
        Instant occurredAt;
        BigDecimal creditTotalBefore;
        BigDecimal creditTotal;
        BigDecimal capReductionBefore;
        BigDecimal capReduction;
        List<ResultChange> changes = new ArrayList<>();
    }

    static PeriodDocument unopened(PerformancePeriodId id) {
        PeriodDocument document = new PeriodDocument();
        document.id = id.value();
        document.agreementId = id.agreementId().value();
        document.month = id.month();
        return document;
    }

    /**
     * Applies any of the period's events, as the projection does and as an as-of read does when it folds the events
     * recorded up to an instant; returns the ledger lines the event added.
     */
    List<Line> apply(PerformancePeriodEvent event, long sequence) {
        if (event instanceof PeriodOpened e) {
            return on(e);
        } else if (event instanceof DowntimeRecorded e) {
            return on(e);
        } else if (event instanceof IncidentRecorded e) {
            return on(e);
        } else if (event instanceof KpiValueRecorded e) {
            return on(e);
        } else if (event instanceof ExclusionClaimed e) {
            return on(e);
        } else if (event instanceof ExclusionClaimDecided e) {
            return on(e);
        } else if (event instanceof DowntimeCorrected e) {
            return on(e);
        } else if (event instanceof IncidentCorrected e) {
            return on(e);
        } else if (event instanceof KpiValueCorrected e) {
            return on(e);
        } else if (event instanceof PeriodClosed e) {
            return on(e, sequence);
        } else if (event instanceof PeriodReevaluated e) {
            return on(e, sequence);
        } else if (event instanceof CreditDisputed e) {
            return on(e);
        } else if (event instanceof CreditDisputeResolved e) {
            return on(e, sequence);
        } else if (event instanceof CreditClawedBack e) {
            return on(e, sequence);
        } else if (event instanceof EarnBackLapsed e) {
            return on(e);
        }
        throw new IllegalArgumentException("not a period event this document knows: " + event.getClass().getName());
    }

    /** Whether the event changes the period's credits (so the credit rows are written again). */
    static boolean touchesCredits(PerformancePeriodEvent event) {
        return event instanceof PeriodClosed || event instanceof PeriodReevaluated || event instanceof CreditDisputed
                || event instanceof CreditDisputeResolved || event instanceof CreditClawedBack
                || event instanceof EarnBackLapsed;
    }

    // ---- the period's own events -------------------------------------------------------------------------------

    List<Line> on(PeriodOpened event) {
        vendorId = event.vendorId() == null ? null : event.vendorId().value();
        termsVersion = event.termsVersion();
        terms = event.terms();
        periodStart = event.periodStart();
        periodEnd = event.periodEnd();
        openedAt = event.occurredAt();
        if (terms != null) {
            currency = terms.currency();
            monthlyCharge = terms.monthlyCharge();
        }
        return List.of();
    }

    List<Line> on(DowntimeRecorded event) {
        Downtime downtime = new Downtime();
        downtime.facts = event.downtime();
        downtime.recordedAt = event.occurredAt();
        downtimes.put(event.downtimeId(), downtime);
        return List.of();
    }

    List<Line> on(IncidentRecorded event) {
        Incident incident = new Incident();
        incident.record = event.incident();
        incident.recordedAt = event.occurredAt();
        incidents.put(event.incidentId(), incident);
        return List.of();
    }

    List<Line> on(KpiValueRecorded event) {
        Kpi kpi = new Kpi();
        kpi.serviceLevelId = event.serviceLevelId();
        kpi.value = event.value();
        kpi.recordedAt = event.occurredAt();
        kpiValues.put(event.kpiRecordId(), kpi);
        return List.of();
    }

    List<Line> on(ExclusionClaimed event) {
        Claim claim = new Claim();
        claim.id = event.claimId();
        claim.downtimeId = event.downtimeId();
        claim.reason = event.reason();
        claim.claimedAt = event.occurredAt();
        claims.put(event.claimId(), claim);
        return List.of();
    }

    List<Line> on(ExclusionClaimDecided event) {
        Claim claim = claims.computeIfAbsent(event.claimId(), id -> {
            Claim unknown = new Claim();
            unknown.id = id;
            unknown.downtimeId = event.downtimeId();
            return unknown;
        });
        claim.approved = event.approved();
        claim.note = event.note();
        claim.decidedAt = event.occurredAt();
        return List.of();
    }

    List<Line> on(DowntimeCorrected event) {
        Downtime downtime = downtimes.computeIfAbsent(event.downtimeId(), id -> new Downtime());
        downtime.facts = event.after();
        Correction correction = correction(event.correctionId(), "downtime", event.downtimeId(), event.reason(),
                event.occurredAt());
        correction.downtimeBefore = event.before();
        correction.downtimeAfter = event.after();
        return List.of();
    }

    List<Line> on(IncidentCorrected event) {
        Incident incident = incidents.computeIfAbsent(event.incidentId(), id -> new Incident());
        incident.record = event.after();
        Correction correction = correction(event.correctionId(), "incident", event.incidentId(), event.reason(),
                event.occurredAt());
        correction.incidentBefore = event.before();
        correction.incidentAfter = event.after();
        return List.of();
    }

    List<Line> on(KpiValueCorrected event) {
        Kpi kpi = kpiValues.computeIfAbsent(event.kpiRecordId(), id -> new Kpi());
        kpi.serviceLevelId = event.serviceLevelId();
        kpi.value = event.after();
        Correction correction = correction(event.correctionId(), "kpi", event.kpiRecordId(), event.reason(),
                event.occurredAt());
        correction.kpiBefore = event.before();
        correction.kpiAfter = event.after();
        return List.of();
    }

    private Correction correction(String correctionId, String target, String targetId, String reason, Instant at) {
        Correction correction = new Correction();
        correction.id = correctionId;
        correction.target = target;
        correction.targetId = targetId;
        correction.reason = reason;
        correction.occurredAt = at;
        corrections.add(correction);
        return correction;
    }

    // ---- close, re-evaluation and credits ----------------------------------------------------------------------

    List<Line> on(PeriodClosed event, long sequence) {
        status = PeriodStatus.CLOSED;
        vendorId = event.vendorId() == null ? vendorId : event.vendorId().value();
        termsVersion = event.termsVersion();
        closedAt = event.closedAt();
        waiverReason = event.waiverReason();
        results = new ArrayList<>(event.results());
        currency = event.currency();
        monthlyCharge = event.monthlyCharge();
        atRisk = event.atRisk();
        cap = event.cap();
        creditTotal = event.creditTotal();
        capReduction = event.capReduction();
        List<Line> added = new ArrayList<>();
        for (CreditLine line : event.credits()) {
            added.add(addLine(line, sequence, added.size(), null, event.occurredAt()));
        }
        return added;
    }

    List<Line> on(PeriodReevaluated event, long sequence) {
        Reevaluation reevaluation = new Reevaluation();
        reevaluation.correctionId = event.correctionId();
        reevaluation.sequence = sequence;
        reevaluation.occurredAt = event.occurredAt();
        reevaluation.creditTotalBefore = creditTotal;
        reevaluation.capReductionBefore = capReduction;
        reevaluation.creditTotal = event.creditTotal();
        reevaluation.capReduction = event.capReduction();
        reevaluation.changes = changes(results, event.results());
        reevaluations.add(reevaluation);
        results = new ArrayList<>(event.results());
        creditTotal = event.creditTotal();
        capReduction = event.capReduction();
        List<Line> added = new ArrayList<>();
        for (CreditLine line : event.adjustments()) {
            added.add(addLine(line, sequence, added.size(), event.correctionId(), event.occurredAt()));
        }
        return added;
    }

    List<Line> on(CreditDisputed event) {
        Credit credit = credit(event.creditId().value(), event.serviceLevelId());
        credit.status = CreditStatus.DISPUTED;
        credit.disputeReason = event.reason();
        credit.disputedAt = event.occurredAt();
        return List.of();
    }

    List<Line> on(CreditDisputeResolved event, long sequence) {
        Credit credit = credit(event.creditId().value(), event.serviceLevelId());
        credit.status = switch (event.outcome()) {
            case UPHELD -> CreditStatus.UPHELD;
            case REDUCED -> CreditStatus.REDUCED;
            case WITHDRAWN -> CreditStatus.WITHDRAWN;
        };
        credit.outcome = event.outcome();
        credit.amountBefore = event.amountBefore();
        credit.amountAfter = event.amountAfter();
        credit.resolvedAt = event.occurredAt();
        if (event.line() == null) {
            return List.of();
        }
        return List.of(addLine(event.line(), sequence, 0, "dispute " + event.outcome(), event.occurredAt()));
    }

    List<Line> on(CreditClawedBack event, long sequence) {
        Credit credit = credit(event.creditId().value(), event.serviceLevelId());
        credit.earnBack = "CLAWED_BACK";
        credit.metIn = event.metIn() == null ? List.of() : List.copyOf(event.metIn());
        credit.earnBackDecidedAt = event.occurredAt();
        List<Line> added = event.line() == null ? List.of()
                : List.of(addLine(event.line(), sequence, 0, "earned back: met in " + credit.metIn.stream()
                .map(YearMonth::toString).collect(Collectors.joining(", ")), event.occurredAt()));
        credit.status = CreditStatus.CLAWED_BACK;
        return added;
    }

    List<Line> on(EarnBackLapsed event) {
        Credit credit = credit(event.creditId().value(), event.serviceLevelId());
        credit.earnBack = "LAPSED";
        credit.missedIn = event.missedIn();
        credit.earnBackDecidedAt = event.occurredAt();
        return List.of();
    }

    /**
     * Adds a line to its credit (creating the credit for its first line, as the aggregate does) and keeps the
     * credit's figures: ASSESSED and ADJUSTMENT lines carry an evaluation, the others only move money.
     */
    private Line addLine(CreditLine creditLine, long sequence, int position, String reference, Instant at) {
        Credit credit = credits.get(creditLine.creditId());
        if (credit == null) {
            credit = new Credit();
            credit.id = creditLine.creditId();
            credit.serviceLevelId = creditLine.serviceLevelId();
            credit.amount = zero(creditLine.amount());
            credit.net = zero(creditLine.amount());
            credit.status = CreditStatus.ASSESSED;
            credits.put(credit.id, credit);
        }
        if (creditLine.type() == CreditLineType.ASSESSED || creditLine.type() == CreditLineType.ADJUSTMENT) {
            credit.amount = credit.amount.add(creditLine.amount());
            credit.figures = creditLine.ratePercent() != null || credit.figures == null
                    ? creditLine : unassessed(credit.figures, creditLine);
        }
        credit.net = credit.net.add(creditLine.amount());
        credit.lineCount++;
        Line line = new Line();
        line.sequence = sequence;
        line.position = position;
        line.lineNo = credit.lineCount;
        line.line = creditLine;
        line.reference = reference;
        line.occurredAt = at;
        lines.add(line);
        return line;
    }

    /**
     * A re-evaluation found the service level no longer breached: the credit's figures become the latest
     * result's, without a rate, and the adjustment's wording.
     */
    private CreditLine unassessed(CreditLine previous, CreditLine adjustment) {
        ServiceLevelOutcome result = results.stream().filter(r -> r.serviceLevelId().equals(previous.serviceLevelId()))
                .findFirst().orElse(null);
        return new CreditLine(previous.creditId(), previous.serviceLevelId(), previous.type(), previous.method(),
                result == null ? null : result.measured(), result == null ? previous.target() : result.target(),
                null, null, previous.amount(), adjustment.termsVersion(), adjustment.formula());
    }

    private Credit credit(String creditId, String serviceLevelId) {
        return credits.computeIfAbsent(creditId, id -> {
            Credit unknown = new Credit();
            unknown.id = id;
            unknown.serviceLevelId = serviceLevelId;
            unknown.amount = BigDecimal.ZERO;
            unknown.net = BigDecimal.ZERO;
            unknown.status = CreditStatus.ASSESSED;
            return unknown;
        });
    }

    private static BigDecimal zero(BigDecimal like) {
        return BigDecimal.ZERO.setScale(Math.max(0, like.scale()));
    }

    private static List<ResultChange> changes(List<ServiceLevelOutcome> before, List<ServiceLevelOutcome> after) {
        Map<String, ServiceLevelOutcome> earlier = new LinkedHashMap<>();
        before.forEach(r -> earlier.put(r.serviceLevelId(), r));
        List<ResultChange> changes = new ArrayList<>();
        for (ServiceLevelOutcome now : after) {
            ServiceLevelOutcome then = earlier.get(now.serviceLevelId());
            if (then == null || then.met() != now.met() || !sameNumber(then.measured(), now.measured())) {
                changes.add(new ResultChange(now.serviceLevelId(), then == null ? null : then.measured(),
                        now.measured(), then != null && then.met(), now.met()));
            }
        }
        return changes;
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return Objects.equals(a, b) || (a != null && b != null && a.compareTo(b) == 0);
    }
}
