package com.vendorsla.sharedkernel.performance.query;

import com.vendorsla.sharedkernel.agreement.terms.Classification;
import com.vendorsla.sharedkernel.agreement.terms.CreditMethod;
import com.vendorsla.sharedkernel.agreement.terms.ServiceLevelKind;
import com.vendorsla.sharedkernel.agreement.terms.Severity;
import com.vendorsla.sharedkernel.performance.CreditStatus;
import com.vendorsla.sharedkernel.performance.DisputeOutcome;
import com.vendorsla.sharedkernel.performance.DowntimeCause;
import com.vendorsla.sharedkernel.performance.PeriodStatus;
import com.vendorsla.sharedkernel.performance.TimeSpan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * One month of one agreement as api.md shows it, with everything needed to recompute each number by hand from
 * the stored events (domain.md: "Every number in a period evaluation can be recomputed by hand"): the records
 * with their corrections, each result's exact fraction and formula, each credit's formula and later lines.
 * <p>
 * After a correction re-evaluated a closed period, {@code results}, {@code creditTotal} and {@code capReduction}
 * are the latest evaluation's; {@code reevaluations} keeps what they were before.
 *
 * @param id           the period id ({@code prd-…}); null for a month nothing has been recorded in yet
 * @param version      sequence number of the period's last event (also the ETag); null when nothing is recorded
 * @param termsVersion the terms version the period is measured against; null until the period is opened
 * @param atRiskAmount the most the vendor can owe for the period ({@code cap}: rounded down to minor units)
 * @param creditNet    sum of every ledger line of the period: assessed, adjusted, reduced and clawed back
 * @param adjustments  the ledger lines added after the close (ADJUSTMENT, DISPUTE_RESOLUTION, CLAWED_BACK)
 * @param explanation  the period in words
 * @param asOf         null for the period as it stands; else the instant it is shown as of, folded from the events
 *                     recorded by then
 * @param provisional  for an OPEN period with terms: what the close would decide now with what is recorded so far
 */
public record PerformancePeriodView(
        String id,
        String agreementId,
        String vendorId,
        YearMonth period,
        PeriodStatus status,
        Integer termsVersion,
        Long version,
        Instant periodStart,
        Instant periodEnd,
        Instant openedAt,
        Instant closedAt,
        String waiverReason,
        String currency,
        BigDecimal monthlyCharge,
        CreditMethod creditMethod,
        BigDecimal atRiskPercent,
        BigDecimal atRiskAmount,
        List<Result> results,
        List<Credit> credits,
        BigDecimal creditTotal,
        BigDecimal capReduction,
        BigDecimal creditNet,
        List<CreditLedgerLine> adjustments,
        List<Reevaluation> reevaluations,
        Records records,
        String explanation,
        Instant asOf,
        Provisional provisional) {

    /** The same view, shown as it stood at {@code instant}. */
    public PerformancePeriodView asOf(Instant instant) {
        return new PerformancePeriodView(id, agreementId, vendorId, period, status, termsVersion, version, periodStart,
                periodEnd, openedAt, closedAt, waiverReason, currency, monthlyCharge, creditMethod, atRiskPercent,
                atRiskAmount, results, credits, creditTotal, capReduction, creditNet, adjustments, reevaluations,
                records, explanation, instant, provisional);
    }

    /**
     * An early warning for an OPEN period, never a decision: the results and credits the close would record if the
     * month closed at {@code evaluatedAt} with what is recorded so far (downtime still to come is not foreseen;
     * incidents still open count as the close would count them).
     *
     * @param results     per service level, in the order of the terms, as the period view shows closed results
     * @param awaiting    KPI service levels without a reported value yet: left out rather than called breached
     * @param creditTotal what the breaches so far would cost, after the cap
     */
    public record Provisional(Instant evaluatedAt, List<Result> results, List<String> awaiting, BigDecimal creditTotal,
                              BigDecimal capReduction, String explanation) {
    }

    /**
     * One service level's verdict.
     *
     * @param measured  as stored (full precision: availability and compliance to 34 digits); null when nothing
     *                  was measured
     * @param reported  {@code measured} with 3 decimals, half-up, for display; never used to decide
     * @param atRisk    met the contractual target but missed the internal one: early warning, never a breach
     * @param exact     the exact fraction behind a percentage, which decisions compare without rounding
     * @param formula   how to recompute {@code measured} and the verdict from {@code exact} (or the KPI value)
     */
    public record Result(
            String serviceLevelId,
            String name,
            ServiceLevelKind kind,
            Classification classification,
            BigDecimal measured,
            BigDecimal reported,
            BigDecimal target,
            BigDecimal minimum,
            BigDecimal internalTarget,
            boolean met,
            boolean criticalFailure,
            boolean atRisk,
            Fraction exact,
            String formula,
            String explanation) {
    }

    /**
     * {@code part} of {@code whole} {@code unit} (available seconds of covered seconds, incidents within the
     * threshold of incidents counted).
     */
    public record Fraction(long part, long whole, String unit) {
    }

    /**
     * One credit of the period. {@code method} to {@code amount} are the figures of its latest evaluation (the
     * close, or the re-evaluation that adjusted it); {@code netAmount} is what it is worth after disputes and
     * earn-back.
     *
     * @param amount    the amount assessed after the period cap (sum of its ASSESSED and ADJUSTMENT lines)
     * @param netAmount sum of all its ledger lines
     * @param lines     every ledger line of the credit, in order
     */
    public record Credit(
            String id,
            String serviceLevelId,
            CreditMethod method,
            BigDecimal measured,
            BigDecimal target,
            BigDecimal ratePercent,
            BigDecimal amountBeforeCap,
            BigDecimal amount,
            CreditStatus status,
            BigDecimal netAmount,
            boolean capped,
            Integer termsVersion,
            String formula,
            Dispute dispute,
            EarnBack earnBack,
            List<CreditLedgerLine> lines) {
    }

    /** A vendor's dispute of a credit and, once decided, its resolution. */
    public record Dispute(String reason, Instant disputedAt, DisputeOutcome outcome, BigDecimal amountBefore,
                          BigDecimal amountAfter, Instant resolvedAt) {
    }

    /**
     * Earn-back of one credit under the terms' {@code periods}: PENDING until decided, then CLAWED_BACK (met in
     * {@code metIn}) or LAPSED (missed in {@code missedIn}); NOT_ELIGIBLE once withdrawn or worth nothing.
     */
    public record EarnBack(int periods, String status, List<YearMonth> metIn, YearMonth missedIn, Instant decidedAt) {
    }

    /**
     * A re-evaluation after close and what it changed; its ADJUSTMENT lines are in {@code adjustments} with
     * {@code reference = correctionId}.
     *
     * @param correctionId the correction (or the approved exclusion claim) that caused it
     */
    public record Reevaluation(String correctionId, Instant occurredAt, BigDecimal creditTotalBefore,
                               BigDecimal creditTotal, BigDecimal capReductionBefore, BigDecimal capReduction,
                               List<ResultChange> changes) {
    }

    public record ResultChange(String serviceLevelId, BigDecimal measuredBefore, BigDecimal measuredAfter,
                               boolean metBefore, boolean metAfter) {
    }

    /** What was recorded for the period, as it stands after corrections; the corrections say what it was. */
    public record Records(List<Downtime> downtimes, List<Incident> incidents, List<KpiValue> kpiValues,
                          List<Correction> corrections) {
    }

    /**
     * @param minutes  length of {@code [start, end)} as recorded, before clipping to the period and to covered time
     * @param counts   VENDOR downtime without an approved exclusion claim: it counts against availability
     */
    public record Downtime(String id, String serviceLevelId, Instant start, Instant end, DowntimeCause cause,
                           String reference, BigDecimal minutes, boolean counts, Instant recordedAt,
                           List<ExclusionClaim> exclusionClaims) {
    }

    /** @param decision PENDING, APPROVED or REJECTED */
    public record ExclusionClaim(String id, String reason, Instant claimedAt, String decision, String note,
                                 Instant decidedAt) {
    }

    public record Incident(String id, String ticket, Severity severity, Instant openedAt, Instant respondedAt,
                           Instant resolvedAt, List<TimeSpan> customerWaits, Instant recordedAt) {
    }

    public record KpiValue(String id, String serviceLevelId, BigDecimal value, Instant recordedAt) {
    }

    /**
     * A correction: {@code before} and {@code after} are the corrected record as it stood and as it stands (a
     * downtime's or incident's facts, or a KPI value).
     *
     * @param target {@code downtime}, {@code incident} or {@code kpi}
     */
    public record Correction(String id, String target, String targetId, String reason, Instant occurredAt,
                             Object before, Object after) {
    }
}
