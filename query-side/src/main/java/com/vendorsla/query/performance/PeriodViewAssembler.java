package com.vendorsla.query.performance;

import com.vendorsla.sharedkernel.agreement.terms.CreditMethod;
import com.vendorsla.sharedkernel.agreement.terms.CreditPolicy;
import com.vendorsla.sharedkernel.agreement.terms.ServiceLevel;
import com.vendorsla.sharedkernel.agreement.terms.ServiceLevelKind;
import com.vendorsla.sharedkernel.performance.CreditLine;
import com.vendorsla.sharedkernel.performance.CreditLineType;
import com.vendorsla.sharedkernel.performance.CreditStatus;
import com.vendorsla.sharedkernel.performance.DowntimeCause;
import com.vendorsla.sharedkernel.performance.DowntimeFacts;
import com.vendorsla.sharedkernel.performance.PeriodStatus;
import com.vendorsla.sharedkernel.performance.ServiceLevelOutcome;
import com.vendorsla.sharedkernel.performance.calc.PeriodEvaluation;
import com.vendorsla.sharedkernel.performance.calc.PeriodEvaluator;
import com.vendorsla.sharedkernel.performance.calc.PeriodFacts;
import com.vendorsla.sharedkernel.performance.calc.ServiceLevelResult;
import com.vendorsla.sharedkernel.performance.query.CreditLedgerLine;
import com.vendorsla.sharedkernel.performance.query.PerformancePeriodView;
import com.vendorsla.sharedkernel.performance.query.PerformancePeriodView.Correction;
import com.vendorsla.sharedkernel.performance.query.PerformancePeriodView.Credit;
import com.vendorsla.sharedkernel.performance.query.PerformancePeriodView.Dispute;
import com.vendorsla.sharedkernel.performance.query.PerformancePeriodView.Downtime;
import com.vendorsla.sharedkernel.performance.query.PerformancePeriodView.EarnBack;
import com.vendorsla.sharedkernel.performance.query.PerformancePeriodView.ExclusionClaim;
import com.vendorsla.sharedkernel.performance.query.PerformancePeriodView.Fraction;
import com.vendorsla.sharedkernel.performance.query.PerformancePeriodView.Incident;
import com.vendorsla.sharedkernel.performance.query.PerformancePeriodView.KpiValue;
import com.vendorsla.sharedkernel.performance.query.PerformancePeriodView.Provisional;
import com.vendorsla.sharedkernel.performance.query.PerformancePeriodView.Records;
import com.vendorsla.sharedkernel.performance.query.PerformancePeriodView.Reevaluation;
import com.vendorsla.sharedkernel.performance.query.PerformancePeriodView.Result;
import com.vendorsla.sharedkernel.performance.query.PeriodSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a stored {@link PeriodDocument} into what readers see, adding the wording: each result's formula from its
 * exact fraction (the same cross-multiplication the calculation decides by, so a reader can redo it by hand) and
 * the period's explanation. Nothing here decides anything: verdicts and amounts are the events'.
 */
final class PeriodViewAssembler {

    private static final Logger log = LoggerFactory.getLogger(PeriodViewAssembler.class);
    private static final String NOT_REPORTED_YET = "not reported yet";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PeriodViewAssembler() {
    }

    /** The period as it stands at {@code now} (provisional results of an OPEN period are evaluated as of then). */
    static PerformancePeriodView view(PeriodDocument d, Instant now) {
        List<CreditLedgerLine> allLines = d.lines.stream().map(line -> ledgerLine(d, line)).toList();
        List<Result> results = d.results.stream().map(r -> result(r, level(d, r.serviceLevelId()))).toList();
        List<Credit> credits = d.credits.values().stream().map(c -> credit(d, c, allLines)).toList();
        BigDecimal net = d.status == PeriodStatus.CLOSED ? sum(d.credits.values().stream().map(c -> c.net).toList(),
                d.creditTotal) : null;
        List<CreditLedgerLine> later = allLines.stream().filter(l -> l.type() != CreditLineType.ASSESSED).toList();
        List<Reevaluation> reevaluations = d.reevaluations.stream().map(r -> new Reevaluation(r.correctionId,
                r.occurredAt, r.creditTotalBefore, r.creditTotal, r.capReductionBefore, r.capReduction,
                List.copyOf(r.changes))).toList();
        return new PerformancePeriodView(d.id, d.agreementId, d.vendorId, d.month, d.status, d.termsVersion,
                d.version, d.periodStart, d.periodEnd, d.openedAt, d.closedAt, d.waiverReason, d.currency,
                d.monthlyCharge, method(d), atRiskPercent(d), d.cap, results, credits, d.creditTotal, d.capReduction,
                net, later, reevaluations, records(d), explanation(d, credits, net), null, provisional(d, now));
    }

    /** A month of the agreement's life with nothing recorded yet: open, and not yet bound to a terms version. */
    static PerformancePeriodView nothingRecorded(String agreementId, String vendorId, YearMonth month) {
        return new PerformancePeriodView(null, agreementId, vendorId, month, PeriodStatus.OPEN, null, null, null, null,
                null, null, null, null, null, null, null, null, List.of(), List.of(), null, null, null, List.of(),
                List.of(), new Records(List.of(), List.of(), List.of(), List.of()),
                "Nothing recorded for " + month + " yet. The period opens with its first record or its close, "
                        + "bound to the terms version in force at its start; results and credits follow at close.", null, null);
    }

    /**
     * What the close would decide at {@code now} with the records so far, by the same calculation the aggregate
     * closes with; KPI service levels without a value are set aside rather than breached. Null for a closed period,
     * one not bound to terms yet, or one whose records the calculation cannot take (then the close will say why).
     */
    static Provisional provisional(PeriodDocument d, Instant now) {
        if (d.status != PeriodStatus.OPEN || d.terms == null || d.termsVersion == null || now == null) {
            return null;
        }
        Set<String> excluded = d.claims.values().stream().filter(c -> Boolean.TRUE.equals(c.approved))
                .map(c -> c.downtimeId).collect(Collectors.toSet());
        Map<String, DowntimeFacts> downtimes = new LinkedHashMap<>();
        d.downtimes.forEach((id, downtime) -> {
            if (downtime.facts != null) {
                downtimes.put(id, downtime.facts);
            }
        });
        PeriodFacts facts = PeriodFacts.of(downtimes, excluded,
                d.incidents.values().stream().map(i -> i.record).filter(Objects::nonNull).toList(),
                d.kpiValues.values().stream().map(k -> new PeriodFacts.KpiValue(k.serviceLevelId, k.value)).toList());
        PeriodEvaluation evaluation;
        try {
            evaluation = PeriodEvaluator.evaluate(d.terms, d.month, facts, now, NOT_REPORTED_YET, d.termsVersion);
        } catch (RuntimeException unevaluable) {
            log.warn("no provisional results for {}: {}", d.id, unevaluable.toString());
            return null;
        }
        List<String> awaiting = new ArrayList<>();
        List<Result> results = new ArrayList<>();
        for (ServiceLevelResult result : evaluation.results()) {
            if (result.kind() == ServiceLevelKind.KPI && !facts.kpiValues().containsKey(result.serviceLevelId())) {
                awaiting.add(result.serviceLevelId());
            } else {
                results.add(result(ServiceLevelOutcome.of(result), level(d, result.serviceLevelId())));
            }
        }
        long breached = results.stream().filter(r -> !r.met()).count();
        String explanation = "If the month closed at " + now + " with what is recorded so far: " + breached
                + " of " + results.size() + " evaluated service level(s) breached"
                + (awaiting.isEmpty() ? "" : ", awaiting a value for " + String.join(", ", awaiting))
                + "; credits " + evaluation.credits().total().toPlainString() + " " + d.currency
                + ". Provisional: the close decides.";
        return new Provisional(now, results, awaiting, evaluation.credits().total(),
                evaluation.credits().capReduction(), explanation);
    }

    static PeriodSummary summary(PeriodDocument d) {
        BigDecimal net = d.status == PeriodStatus.CLOSED ? sum(d.credits.values().stream().map(c -> c.net).toList(),
                d.creditTotal) : null;
        return new PeriodSummary(d.id, d.month, d.status, d.termsVersion, d.version, d.closedAt, d.currency,
                d.creditTotal, d.capReduction, net,
                d.results.stream().filter(r -> !r.met()).map(ServiceLevelOutcome::serviceLevelId).toList(),
                d.results.stream().filter(ServiceLevelOutcome::criticalFailure).map(ServiceLevelOutcome::serviceLevelId).toList(),
                d.results.stream().filter(ServiceLevelOutcome::atRisk).map(ServiceLevelOutcome::serviceLevelId).toList());
    }

    static CreditLedgerLine ledgerLine(PeriodDocument d, PeriodDocument.Line line) {
        CreditLine l = line.line;
        PeriodDocument.Credit credit = d.credits.get(l.creditId());
        return new CreditLedgerLine(l.creditId(), line.lineNo, d.agreementId, d.vendorId, d.month, l.serviceLevelId(),
                l.type(), l.amount(), d.currency, credit == null ? null : credit.status, l.method(), l.measured(),
                l.target(), l.ratePercent(), l.amountBeforeCap(), l.termsVersion(), l.formula(), line.reference,
                line.occurredAt);
    }

    // ---- results ------------------------------------------------------------------------------------------------

    static Result result(ServiceLevelOutcome r, ServiceLevel level) {
        boolean percentage = r.kind() != ServiceLevelKind.KPI;
        Fraction exact = r.exactPart() == null || r.exactWhole() == null ? null
                : new Fraction(r.exactPart(), r.exactWhole(), r.kind() == ServiceLevelKind.AVAILABILITY ? "seconds" : "incidents");
        BigDecimal reported = r.measured() == null ? null
                : percentage ? r.measured().setScale(3, RoundingMode.HALF_UP) : r.measured();
        return new Result(r.serviceLevelId(), level == null ? null : level.name(), r.kind(), r.classification(),
                r.measured(), reported, r.target(), r.minimum(), r.internalTarget(), r.met(), r.criticalFailure(),
                r.atRisk(), exact, formula(r, level), r.explanation());
    }

    /**
     * How to recompute the verdict by hand. Percentages are decided without rounding, by cross-multiplying the
     * exact fraction: {@code part × 100 ≥ target × whole} means met.
     */
    static String formula(ServiceLevelOutcome r, ServiceLevel level) {
        if (r.kind() == ServiceLevelKind.KPI) {
            return kpiFormula(r, level);
        }
        if (r.exactPart() == null || r.exactWhole() == null) {
            return r.measured() == null ? "no incidents counted → met by definition" : null;
        }
        long part = r.exactPart();
        long whole = r.exactWhole();
        StringBuilder text = new StringBuilder();
        if (r.kind() == ServiceLevelKind.AVAILABILITY) {
            if (whole == 0) {
                return "no covered time in the period → 100 % by definition → met";
            }
            text.append("(").append(whole).append(" − ").append(whole - part).append(") / ").append(whole)
                    .append(" covered seconds × 100 = ").append(percent(part, whole)).append(" %");
        } else {
            text.append(part).append(" / ").append(whole).append(" incidents within threshold × 100 = ")
                    .append(percent(part, whole)).append(" %");
        }
        text.append("; target ").append(plain(r.target())).append(": ").append(compare(part, whole, r.target()))
                .append(" → ").append(r.met() ? "met" : "breached");
        if (r.minimum() != null) {
            text.append("; minimum ").append(plain(r.minimum())).append(": ").append(compare(part, whole, r.minimum()))
                    .append(" → ").append(r.criticalFailure() ? "critical failure" : "no critical failure");
        }
        if (r.internalTarget() != null && r.met()) {
            text.append("; internal target ").append(plain(r.internalTarget())).append(": ")
                    .append(compare(part, whole, r.internalTarget())).append(" → ")
                    .append(r.atRisk() ? "at risk" : "not at risk");
        }
        return text.toString();
    }

    private static String kpiFormula(ServiceLevelOutcome r, ServiceLevel level) {
        if (r.measured() == null) {
            return r.met() ? "no value reported, waived at close → met" : "no value reported → breached (no report, no relief)";
        }
        boolean higherIsBetter = level == null || level.higherIsBetter();
        String relation = higherIsBetter ? (r.measured().compareTo(r.target()) >= 0 ? "≥" : "<")
                : (r.measured().compareTo(r.target()) <= 0 ? "≤" : ">");
        StringBuilder text = new StringBuilder(plain(r.measured()) + " " + relation + " target " + plain(r.target())
                + " (" + (higherIsBetter ? "higher" : "lower") + " is better) → " + (r.met() ? "met" : "breached"));
        if (r.atRisk()) {
            text.append("; internal target ").append(plain(r.internalTarget())).append(" missed → at risk");
        }
        return text.toString();
    }

    /** {@code part × 100 = A ≥ percent × whole = B} (or {@code <}): the exact comparison. */
    private static String compare(long part, long whole, BigDecimal percent) {
        BigDecimal left = BigDecimal.valueOf(part).multiply(HUNDRED);
        BigDecimal right = percent.multiply(BigDecimal.valueOf(whole));
        return part + " × 100 = " + plain(number(left)) + (left.compareTo(right) >= 0 ? " ≥ " : " < ")
                + plain(number(percent)) + " × " + whole + " = " + plain(number(right));
    }

    /** part / whole × 100, exact when it ends within 6 decimals, else cut with an ellipsis. */
    static String percent(long part, long whole) {
        BigDecimal value = BigDecimal.valueOf(part).multiply(HUNDRED);
        BigDecimal cut = value.divide(BigDecimal.valueOf(whole), 6, RoundingMode.DOWN);
        boolean exact = cut.multiply(BigDecimal.valueOf(whole)).compareTo(value) == 0;
        return plain(number(cut)) + (exact ? "" : "…");
    }

    // ---- credits ------------------------------------------------------------------------------------------------

    private static Credit credit(PeriodDocument d, PeriodDocument.Credit c, List<CreditLedgerLine> lines) {
        CreditLine figures = c.figures;
        boolean capped = figures != null && figures.amountBeforeCap() != null
                && c.amount.compareTo(figures.amountBeforeCap()) < 0;
        Dispute dispute = c.disputedAt == null && c.outcome == null ? null
                : new Dispute(c.disputeReason, c.disputedAt, c.outcome, c.amountBefore, c.amountAfter, c.resolvedAt);
        return new Credit(c.id, c.serviceLevelId, figures == null ? null : figures.method(),
                figures == null ? null : figures.measured(), figures == null ? null : figures.target(),
                figures == null ? null : figures.ratePercent(), figures == null ? null : figures.amountBeforeCap(),
                c.amount, c.status, c.net, capped, figures == null ? null : figures.termsVersion(),
                figures == null ? null : figures.formula(), dispute, earnBack(d, c),
                lines.stream().filter(l -> l.id().equals(c.id)).toList());
    }

    private static EarnBack earnBack(PeriodDocument d, PeriodDocument.Credit c) {
        boolean enabled = d.terms != null && d.terms.earnBack() != null && d.terms.earnBack().enabled();
        if (!enabled && c.earnBack == null) {
            return null;
        }
        int periods = enabled ? d.terms.earnBack().periods() : 0;
        String status = c.earnBack != null ? c.earnBack
                : c.status == CreditStatus.WITHDRAWN || c.net.signum() <= 0 ? "NOT_ELIGIBLE" : "PENDING";
        return new EarnBack(periods, status, c.metIn, c.missedIn, c.earnBackDecidedAt);
    }

    // ---- records ------------------------------------------------------------------------------------------------

    private static Records records(PeriodDocument d) {
        Set<String> excluded = d.claims.values().stream().filter(c -> Boolean.TRUE.equals(c.approved))
                .map(c -> c.downtimeId).collect(Collectors.toSet());
        List<Downtime> downtimes = new ArrayList<>();
        d.downtimes.forEach((id, downtime) -> {
            var facts = downtime.facts;
            List<ExclusionClaim> claims = d.claims.values().stream().filter(c -> id.equals(c.downtimeId))
                    .map(c -> new ExclusionClaim(c.id, c.reason, c.claimedAt,
                            c.approved == null ? "PENDING" : c.approved ? "APPROVED" : "REJECTED", c.note, c.decidedAt))
                    .toList();
            BigDecimal minutes = facts == null || facts.start() == null || facts.end() == null ? null
                    : minutes(Duration.between(facts.start(), facts.end()));
            downtimes.add(new Downtime(id, facts == null ? null : facts.serviceLevelId(),
                    facts == null ? null : facts.start(), facts == null ? null : facts.end(),
                    facts == null ? null : facts.cause(), facts == null ? null : facts.reference(), minutes,
                    facts != null && facts.cause() == DowntimeCause.VENDOR && !excluded.contains(id),
                    downtime.recordedAt, claims));
        });
        List<Incident> incidents = new ArrayList<>();
        d.incidents.forEach((id, incident) -> {
            var r = incident.record;
            incidents.add(r == null ? new Incident(id, null, null, null, null, null, List.of(), incident.recordedAt)
                    : new Incident(id, r.ticket(), r.severity(), r.openedAt(), r.respondedAt(), r.resolvedAt(),
                    r.customerWaits(), incident.recordedAt));
        });
        List<KpiValue> kpis = new ArrayList<>();
        d.kpiValues.forEach((id, kpi) -> kpis.add(new KpiValue(id, kpi.serviceLevelId, kpi.value, kpi.recordedAt)));
        List<Correction> corrections = d.corrections.stream().map(c -> new Correction(c.id, c.target, c.targetId,
                c.reason, c.occurredAt, c.before(), c.after())).toList();
        return new Records(downtimes, incidents, kpis, corrections);
    }

    private static BigDecimal minutes(Duration duration) {
        return number(BigDecimal.valueOf(duration.getSeconds()).divide(BigDecimal.valueOf(60), 3, RoundingMode.HALF_UP));
    }

    // ---- the period in words ------------------------------------------------------------------------------------

    private static String explanation(PeriodDocument d, List<Credit> credits, BigDecimal net) {
        if (d.status == PeriodStatus.OPEN) {
            return "Open, measured against terms version " + d.termsVersion + ": " + d.downtimes.size()
                    + " downtime(s), " + d.incidents.size() + " incident(s), " + d.kpiValues.size()
                    + " KPI value(s) recorded. Results and credits are computed at close"
                    + (d.periodEnd == null ? "." : ", possible from " + d.periodEnd + ".");
        }
        List<String> sentences = new ArrayList<>();
        sentences.add("Closed at " + d.closedAt + " against terms version " + d.termsVersion
                + (d.waiverReason == null ? "" : ", KPIs without a value waived (" + d.waiverReason + ")") + ".");
        List<String> breached = d.results.stream().filter(r -> !r.met()).map(ServiceLevelOutcome::serviceLevelId).toList();
        sentences.add(breached.isEmpty() ? "All " + d.results.size() + " service levels met."
                : breached.size() + " of " + d.results.size() + " service levels breached: " + String.join(", ", breached) + ".");
        List<String> failures = d.results.stream().filter(ServiceLevelOutcome::criticalFailure)
                .map(ServiceLevelOutcome::serviceLevelId).toList();
        if (!failures.isEmpty()) {
            sentences.add("Critical failure (below minimum): " + String.join(", ", failures) + ".");
        }
        List<String> atRisk = d.results.stream().filter(ServiceLevelOutcome::atRisk)
                .map(ServiceLevelOutcome::serviceLevelId).toList();
        if (!atRisk.isEmpty()) {
            sentences.add("At risk (contractual target met, internal target missed): " + String.join(", ", atRisk) + ".");
        }
        String currency = d.currency == null ? "" : " " + d.currency;
        BigDecimal percent = atRiskPercent(d);
        if (d.monthlyCharge != null && percent != null && d.cap != null) {
            sentences.add((method(d) == CreditMethod.TIERED ? "Period cap: " : "At risk: ") + plain(d.monthlyCharge)
                    + currency + " × " + plain(percent) + " % = " + plain(d.cap) + currency + ".");
        }
        List<BigDecimal> beforeCap = credits.stream().map(Credit::amountBeforeCap).filter(Objects::nonNull).toList();
        if (beforeCap.isEmpty()) {
            sentences.add("No credits.");
        } else {
            String terms = beforeCap.stream().map(PeriodViewAssembler::plain).collect(Collectors.joining(" + "));
            BigDecimal total = sum(beforeCap, d.creditTotal);
            boolean capped = d.capReduction != null && d.capReduction.signum() > 0;
            sentences.add("Credits " + terms + (beforeCap.size() > 1 ? " = " + plain(total) : "") + currency
                    + (capped ? " before the cap of " + plain(d.cap) + ": " + plain(d.capReduction) + " not owed, "
                    + plain(d.creditTotal) + currency + " owed." : d.cap == null ? "." : ", within the cap of " + plain(d.cap) + "."));
        }
        for (PeriodDocument.Reevaluation r : d.reevaluations) {
            sentences.add("Re-evaluated after " + r.correctionId + ": credit total "
                    + plain(r.creditTotalBefore) + " → " + plain(r.creditTotal) + ".");
        }
        if (net != null && d.creditTotal != null && net.compareTo(d.creditTotal) != 0) {
            sentences.add("After disputes and earn-back the period's credits stand at " + plain(net) + currency + ".");
        }
        return String.join(" ", sentences);
    }

    private static CreditMethod method(PeriodDocument d) {
        CreditPolicy policy = d.terms == null ? null : d.terms.creditPolicy();
        return policy == null ? null : policy.method();
    }

    private static BigDecimal atRiskPercent(PeriodDocument d) {
        CreditPolicy policy = d.terms == null ? null : d.terms.creditPolicy();
        if (policy == null || policy.method() == null) {
            return null;
        }
        return policy.method() == CreditMethod.POOL ? policy.atRiskPercent()
                : policy.capPercent() == null ? HUNDRED : policy.capPercent();
    }

    private static ServiceLevel level(PeriodDocument d, String serviceLevelId) {
        return d.terms == null ? null : d.terms.serviceLevel(serviceLevelId).orElse(null);
    }

    /** Sum keeping the money's scale (that of {@code like}, when the collection is empty). */
    static BigDecimal sum(Collection<BigDecimal> amounts, BigDecimal like) {
        BigDecimal zero = like == null ? BigDecimal.ZERO : BigDecimal.ZERO.setScale(Math.max(0, like.scale()));
        return amounts.stream().reduce(zero, BigDecimal::add);
    }

    /** A figure without trailing zeros: 258940800, not 258940800.0 (money keeps its scale through plain()). */
    static BigDecimal number(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static String plain(BigDecimal value) {
        if (value == null) {
            return "?";
        }
        return value.toPlainString();
    }
}
