package com.vendorsla.query.performance;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;
import com.vendorsla.sharedkernel.agreement.terms.Severity;
import com.vendorsla.sharedkernel.performance.CreditId;
import com.vendorsla.sharedkernel.performance.CreditLine;
import com.vendorsla.sharedkernel.performance.CreditLineType;
import com.vendorsla.sharedkernel.performance.DisputeOutcome;
import com.vendorsla.sharedkernel.performance.DowntimeCause;
import com.vendorsla.sharedkernel.performance.DowntimeFacts;
import com.vendorsla.sharedkernel.performance.IncidentRecord;
import com.vendorsla.sharedkernel.performance.PerformancePeriodId;
import com.vendorsla.sharedkernel.performance.ServiceLevelOutcome;
import com.vendorsla.sharedkernel.performance.calc.CreditLineCalc;
import com.vendorsla.sharedkernel.performance.calc.IncidentFacts;
import com.vendorsla.sharedkernel.performance.calc.Interval;
import com.vendorsla.sharedkernel.performance.calc.PeriodEvaluation;
import com.vendorsla.sharedkernel.performance.calc.PeriodEvaluator;
import com.vendorsla.sharedkernel.performance.calc.PeriodFacts;
import com.vendorsla.sharedkernel.performance.event.CreditClawedBack;
import com.vendorsla.sharedkernel.performance.event.CreditDisputeResolved;
import com.vendorsla.sharedkernel.performance.event.CreditDisputed;
import com.vendorsla.sharedkernel.performance.event.DowntimeCorrected;
import com.vendorsla.sharedkernel.performance.event.DowntimeRecorded;
import com.vendorsla.sharedkernel.performance.event.EarnBackLapsed;
import com.vendorsla.sharedkernel.performance.event.ExclusionClaimDecided;
import com.vendorsla.sharedkernel.performance.event.ExclusionClaimed;
import com.vendorsla.sharedkernel.performance.event.IncidentRecorded;
import com.vendorsla.sharedkernel.performance.event.KpiValueCorrected;
import com.vendorsla.sharedkernel.performance.event.KpiValueRecorded;
import com.vendorsla.sharedkernel.performance.event.PeriodClosed;
import com.vendorsla.sharedkernel.performance.event.PeriodOpened;
import com.vendorsla.sharedkernel.performance.event.PeriodReevaluated;
import com.vendorsla.sharedkernel.vendor.VendorId;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One month of one agreement told as the PerformancePeriod aggregate would tell it: the same events, in order, with
 * the close and re-evaluations computed by the real calculations ({@link PeriodEvaluator}). Each step appends its
 * events to the event store and returns the period's version after it.
 */
final class PeriodStory {

    interface Appender {
        void append(String aggregateType, String aggregateId, long sequence, Object payload);
    }

    final PerformancePeriodId id;
    final AgreementId agreementId;
    final VendorId vendorId;
    final YearMonth month;
    final AgreementTerms terms;
    private final Appender store;
    private long sequence = -1;
    private final Map<String, DowntimeFacts> downtimes = new LinkedHashMap<>();
    private final Map<String, IncidentRecord> incidents = new LinkedHashMap<>();
    private final Map<String, KpiRecord> kpis = new LinkedHashMap<>();
    private final Map<String, String> claims = new LinkedHashMap<>();
    private final Set<String> excluded = new HashSet<>();
    private final Map<String, Credit> credits = new LinkedHashMap<>();
    private Instant closedAt;
    private String waiver;

    private record KpiRecord(String serviceLevelId, BigDecimal value) {
    }

    private static final class Credit {
        final String serviceLevelId;
        BigDecimal amount;
        BigDecimal assessedNet;

        Credit(String serviceLevelId, BigDecimal amount) {
            this.serviceLevelId = serviceLevelId;
            this.amount = amount;
            this.assessedNet = amount;
        }
    }

    PeriodStory(Appender store, AgreementId agreementId, VendorId vendorId, YearMonth month, AgreementTerms terms) {
        this.store = store;
        this.agreementId = agreementId;
        this.vendorId = vendorId;
        this.month = month;
        this.terms = terms;
        this.id = PerformancePeriodId.of(agreementId, month);
    }

    long version() {
        return sequence;
    }

    Instant start() {
        return month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    Instant end() {
        return month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** Day d of the month at hh:mm UTC. */
    Instant at(int day, int hour, int minute) {
        return month.atDay(day).atTime(hour, minute).toInstant(ZoneOffset.UTC);
    }

    CreditId credit(int number) {
        return CreditId.of(id, number);
    }

    long open() {
        return emit(new PeriodOpened(id, agreementId, vendorId, month, 1, terms, start(), end(), start()));
    }

    long downtime(String downtimeId, String serviceLevelId, Instant from, Instant to, DowntimeCause cause) {
        DowntimeFacts facts = new DowntimeFacts(serviceLevelId, from, to, cause, "INC-" + downtimeId);
        downtimes.put(downtimeId, facts);
        return emit(new DowntimeRecorded(id, agreementId, downtimeId, facts, to));
    }

    long incident(String incidentId, Severity severity, Instant opened, Instant responded, Instant resolved) {
        IncidentRecord record = new IncidentRecord("T-" + incidentId, severity, opened, responded, resolved, List.of());
        incidents.put(incidentId, record);
        return emit(new IncidentRecorded(id, agreementId, incidentId, record, resolved == null ? opened : resolved));
    }

    long kpi(String kpiId, String serviceLevelId, String value) {
        kpis.put(kpiId, new KpiRecord(serviceLevelId, new BigDecimal(value)));
        return emit(new KpiValueRecorded(id, agreementId, kpiId, serviceLevelId, new BigDecimal(value), end().minusSeconds(60)));
    }

    long claimExclusion(String claimId, String downtimeId, String reason) {
        claims.put(claimId, downtimeId);
        return emit(new ExclusionClaimed(id, agreementId, claimId, downtimeId, reason, end().minusSeconds(30)));
    }

    long decideExclusion(String claimId, boolean approved, String note) {
        long version = emit(new ExclusionClaimDecided(id, agreementId, claimId, claims.get(claimId), approved, note,
                end().minusSeconds(20)));
        if (approved) {
            excluded.add(claims.get(claimId));
        }
        return version;
    }

    long close() {
        closedAt = end().plusSeconds(300);
        PeriodEvaluation evaluation = evaluate();
        List<CreditLine> lines = new ArrayList<>();
        for (CreditLineCalc calc : evaluation.credits().lines()) {
            CreditId creditId = credit(credits.size() + 1);
            credits.put(creditId.value(), new Credit(calc.serviceLevelId(), calc.amount()));
            lines.add(new CreditLine(creditId.value(), calc.serviceLevelId(), CreditLineType.ASSESSED, calc.method(),
                    calc.measured(), calc.target(), calc.ratePercent(), calc.amountBeforeCap(), calc.amount(),
                    calc.termsVersion(), calc.formula()));
        }
        var assessment = evaluation.credits();
        return emit(new PeriodClosed(id, agreementId, vendorId, month, 1, closedAt, waiver, outcomes(evaluation),
                assessment.currency(), assessment.monthlyCharge(), assessment.atRisk(), assessment.cap(), lines,
                assessment.total(), assessment.capReduction(), closedAt));
    }

    /** A downtime corrected after close: the correction, then the re-evaluation with its adjustment lines. */
    long correctDowntime(String correctionId, String downtimeId, Instant from, Instant to, String reason, Instant at) {
        DowntimeFacts before = downtimes.get(downtimeId);
        DowntimeFacts after = new DowntimeFacts(before.serviceLevelId(), from, to, before.cause(), before.reference());
        downtimes.put(downtimeId, after);
        emit(new DowntimeCorrected(id, agreementId, correctionId, downtimeId, before, after, reason, at));
        return reevaluate(correctionId, at);
    }

    /** A KPI value corrected after close: the correction, then the re-evaluation. */
    long correctKpi(String correctionId, String kpiId, String value, String reason, Instant at) {
        KpiRecord before = kpis.get(kpiId);
        kpis.put(kpiId, new KpiRecord(before.serviceLevelId(), new BigDecimal(value)));
        emit(new KpiValueCorrected(id, agreementId, correctionId, kpiId, before.serviceLevelId(), before.value(),
                new BigDecimal(value), reason, at));
        return reevaluate(correctionId, at);
    }

    private long reevaluate(String correctionId, Instant at) {
        PeriodEvaluation evaluation = evaluate();
        Map<String, CreditLineCalc> calcs = new LinkedHashMap<>();
        evaluation.credits().lines().forEach(calc -> calcs.put(calc.serviceLevelId(), calc));
        Map<String, String> creditBySl = new LinkedHashMap<>();
        Map<String, BigDecimal> old = new LinkedHashMap<>();
        credits.forEach((creditId, credit) -> {
            creditBySl.put(credit.serviceLevelId, creditId);
            old.merge(credit.serviceLevelId, credit.assessedNet, BigDecimal::add);
        });
        Set<String> levels = new LinkedHashSet<>(old.keySet());
        levels.addAll(calcs.keySet());
        List<CreditLine> adjustments = new ArrayList<>();
        for (String level : levels) {
            BigDecimal was = old.getOrDefault(level, BigDecimal.ZERO);
            CreditLineCalc calc = calcs.get(level);
            BigDecimal now = calc == null ? BigDecimal.ZERO : calc.amount();
            BigDecimal difference = now.subtract(was);
            if (difference.signum() == 0) {
                continue;
            }
            String creditId = creditBySl.get(level);
            if (creditId == null) {
                creditId = credit(credits.size() + 1).value();
                credits.put(creditId, new Credit(level, BigDecimal.ZERO));
            }
            Credit credit = credits.get(creditId);
            credit.amount = credit.amount.add(difference);
            credit.assessedNet = credit.assessedNet.add(difference);
            String formula = "re-evaluated after " + correctionId + ": " + was.toPlainString() + " → "
                    + now.toPlainString() + (calc != null ? " (" + calc.formula() + ")" : "");
            adjustments.add(calc != null
                    ? new CreditLine(creditId, level, CreditLineType.ADJUSTMENT, calc.method(), calc.measured(),
                    calc.target(), calc.ratePercent(), calc.amountBeforeCap(), difference, 1, formula)
                    : new CreditLine(creditId, level, CreditLineType.ADJUSTMENT, terms.creditPolicy().method(), null,
                    null, null, null, difference, 1, formula));
        }
        return emit(new PeriodReevaluated(id, agreementId, vendorId, month, 1, correctionId, outcomes(evaluation),
                adjustments, evaluation.credits().total(), evaluation.credits().capReduction(), at));
    }

    long dispute(int creditNumber, String reason, Instant at) {
        CreditId creditId = credit(creditNumber);
        return emit(new CreditDisputed(id, agreementId, creditId, credits.get(creditId.value()).serviceLevelId, reason, at));
    }

    /** Resolves a dispute as the aggregate does: REDUCED to {@code amount}, WITHDRAWN to zero, UPHELD unchanged. */
    long resolve(int creditNumber, DisputeOutcome outcome, String amount, Instant at) {
        CreditId creditId = credit(creditNumber);
        Credit credit = credits.get(creditId.value());
        BigDecimal before = credit.amount;
        BigDecimal after = switch (outcome) {
            case UPHELD -> before;
            case WITHDRAWN -> BigDecimal.ZERO.setScale(before.scale());
            case REDUCED -> new BigDecimal(amount);
        };
        CreditLine line = outcome == DisputeOutcome.UPHELD ? null
                : new CreditLine(creditId.value(), credit.serviceLevelId, CreditLineType.DISPUTE_RESOLUTION,
                terms.creditPolicy().method(), null, null, null, null, after.subtract(before), 1,
                "dispute " + outcome + ": " + before.toPlainString() + " → " + after.toPlainString());
        credit.amount = after;
        return emit(new CreditDisputeResolved(id, agreementId, creditId, credit.serviceLevelId, outcome, before, after,
                line, at));
    }

    long clawBack(int creditNumber, List<YearMonth> metIn, Instant at) {
        CreditId creditId = credit(creditNumber);
        Credit credit = credits.get(creditId.value());
        CreditLine line = new CreditLine(creditId.value(), credit.serviceLevelId, CreditLineType.CLAWED_BACK,
                terms.creditPolicy().method(), null, null, null, null, credit.amount.negate(), 1,
                "earned back: " + credit.serviceLevelId + " met in " + metIn);
        credit.amount = credit.amount.subtract(credit.amount);
        return emit(new CreditClawedBack(id, agreementId, creditId, credit.serviceLevelId, metIn, line, at));
    }

    long lapse(int creditNumber, YearMonth missedIn, Instant at) {
        CreditId creditId = credit(creditNumber);
        return emit(new EarnBackLapsed(id, agreementId, creditId, credits.get(creditId.value()).serviceLevelId,
                missedIn, at));
    }

    private PeriodEvaluation evaluate() {
        Map<String, List<Interval>> vendorDowntime = new LinkedHashMap<>();
        downtimes.forEach((downtimeId, facts) -> {
            if (facts.cause() == DowntimeCause.VENDOR && !excluded.contains(downtimeId)) {
                vendorDowntime.computeIfAbsent(facts.serviceLevelId(), k -> new ArrayList<>())
                        .add(Interval.of(facts.start(), facts.end()));
            }
        });
        List<IncidentFacts> incidentFacts = incidents.values().stream()
                .map(i -> new IncidentFacts(i.ticket(), i.severity(), i.openedAt(), i.respondedAt(), i.resolvedAt(), List.of()))
                .toList();
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        kpis.values().forEach(k -> values.put(k.serviceLevelId(), k.value()));
        return PeriodEvaluator.evaluate(terms, month, new PeriodFacts(vendorDowntime, incidentFacts, values), closedAt,
                waiver, 1);
    }

    private static List<ServiceLevelOutcome> outcomes(PeriodEvaluation evaluation) {
        return evaluation.results().stream().map(r -> new ServiceLevelOutcome(r.serviceLevelId(), r.kind(),
                r.classification(), r.measured(), r.target(), r.minimum(), r.internalTarget(), r.met(),
                r.criticalFailure(), r.internalTargetMissed(), r.exact() == null ? null : r.exact().part(),
                r.exact() == null ? null : r.exact().whole(), r.explanation())).toList();
    }

    private long emit(Object event) {
        store.append("PerformancePeriod", id.value(), ++sequence, event);
        return sequence;
    }
}
