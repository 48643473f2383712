package com.vendorsla.sharedkernel.review.query;

import com.vendorsla.sharedkernel.agreement.AgreementStatus;
import com.vendorsla.sharedkernel.agreement.RevisionReason;
import com.vendorsla.sharedkernel.agreement.RevisionStatus;
import com.vendorsla.sharedkernel.agreement.TerminationRightCause;
import com.vendorsla.sharedkernel.agreement.TerminationRightStatus;
import com.vendorsla.sharedkernel.agreement.terms.Classification;
import com.vendorsla.sharedkernel.agreement.terms.ServiceLevelKind;
import com.vendorsla.sharedkernel.common.Party;
import com.vendorsla.sharedkernel.performance.PeriodStatus;
import com.vendorsla.sharedkernel.review.ReviewStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The annual review report of one agreement for one calendar year (domain.md, "Annual review"), folded from the
 * events of the agreement, of its twelve periods and of its vendor by query-side's {@code AnnualReviewFold}.
 * <p>
 * The year is the calendar year of the period months ({@code year-01} … {@code year-12}). Credits belong to the
 * period they were assessed in, whenever their later lines (dispute resolutions, clawbacks) were added. Amounts are
 * signed ledger sums: {@code net = assessed + adjustments + disputeResolutions + clawedBack}.
 *
 * @param termsVersions    the terms versions the year's periods were measured against
 * @param monthsClosed     how many of the twelve periods are closed
 * @param attainmentPercent met service-level months / measured service-level months × 100, 3 decimals half-up
 * @param attainment       the same as a fraction, e.g. {@code 32/36}
 * @param candidates       service levels met with margin all year or missed repeatedly: candidates for a revision
 */
public record AnnualReviewReport(
        String agreementId,
        String vendorId,
        String title,
        int year,
        AgreementStatus status,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        List<Integer> termsVersions,
        String currency,
        int monthsClosed,
        int serviceLevelMonths,
        int met,
        int breached,
        BigDecimal attainmentPercent,
        String attainment,
        List<ServiceLevelYear> serviceLevels,
        Credits credits,
        List<RevisionOfYear> revisions,
        List<AcquisitionNote> acquisitions,
        List<TerminationRightOfYear> terminationRights,
        List<RevisionCandidate> candidates,
        Review review,
        ReviewCriteria criteria) {

    /**
     * One service level over the year.
     *
     * @param target               the target of the latest month it was measured in (months show their own)
     * @param marginThreshold      what "with margin" meant against that target
     * @param months               the twelve months of the year, January first
     * @param monthsMeasured       closed months whose terms had this service level
     * @param internalTargetMisses months met contractually but short of the internal target (early warnings)
     */
    public record ServiceLevelYear(
            String serviceLevelId,
            String name,
            ServiceLevelKind kind,
            Classification classification,
            BigDecimal target,
            BigDecimal internalTarget,
            BigDecimal marginThreshold,
            List<MonthValue> months,
            int monthsMeasured,
            int met,
            int breached,
            int criticalFailures,
            int internalTargetMisses,
            BigDecimal attainmentPercent,
            String attainment,
            boolean metWithMarginAllYear,
            boolean missedRepeatedly,
            CreditSums credits) {
    }

    /**
     * One month of one service level. {@code periodStatus} is null when nothing was recorded for the month; the
     * verdicts are null unless the period is closed and its terms had the service level.
     *
     * @param measured percentages with 3 decimals (half-up), KPI values as reported; null when nothing was measured
     */
    public record MonthValue(
            YearMonth period,
            PeriodStatus periodStatus,
            BigDecimal measured,
            BigDecimal target,
            Boolean met,
            Boolean criticalFailure,
            Boolean internalTargetMissed,
            Boolean withMargin) {
    }

    /** Signed sums of credit lines by type. */
    public record CreditSums(BigDecimal assessed, BigDecimal adjustments, BigDecimal disputeResolutions,
                             BigDecimal clawedBack, BigDecimal net) {
    }

    /**
     * The year's credits.
     *
     * @param atRiskAmount      sum of the closed periods' caps (the most the vendor could have owed)
     * @param disputed          credits the vendor disputed, and what they were worth when disputed
     * @param earnBacksLapsed   credits whose earn-back lapsed
     * @param atRiskUsedPercent {@code net / atRiskAmount × 100}, 3 decimals half-up; null when nothing was at risk
     * @param atRiskUsed        the same as a fraction, e.g. {@code 3000.00 / 120000.00}
     */
    public record Credits(
            String currency,
            BigDecimal atRiskAmount,
            BigDecimal assessed,
            BigDecimal adjustments,
            BigDecimal disputeResolutions,
            BigDecimal clawedBack,
            BigDecimal net,
            Disputes disputed,
            int earnBacksLapsed,
            BigDecimal atRiskUsedPercent,
            String atRiskUsed) {
    }

    /** @param amount what the disputed credits were worth when the vendor disputed them */
    public record Disputes(int count, BigDecimal amount, int open, int upheld, int reduced, int withdrawn) {
    }

    /**
     * A revision proposed, decided or (once agreed) taking effect in the year.
     *
     * @param changes the paths of the terms it changes against the version in force when it was proposed
     */
    public record RevisionOfYear(
            int revision,
            RevisionReason reason,
            Party proposedBy,
            LocalDate proposedOn,
            LocalDate effectiveFrom,
            String rationale,
            RevisionStatus status,
            LocalDate decidedOn,
            Integer termsVersion,
            List<String> changes) {
    }

    /** A termination right granted in the year or for periods of the year, as it stands now. */
    public record TerminationRightOfYear(
            String rightId,
            String serviceLevelId,
            TerminationRightCause cause,
            List<YearMonth> periods,
            LocalDate grantedOn,
            LocalDate exerciseBy,
            TerminationRightStatus status) {
    }

    public enum CandidateReason {
        /** Every month it was measured in was met with margin: the target may be tightened. */
        MET_WITH_MARGIN_ALL_YEAR,
        /** Breached in at least {@code repeatedBreaches} months: the service, or the target, needs attention. */
        MISSED_REPEATEDLY
    }

    public record RevisionCandidate(String serviceLevelId, CandidateReason reason, String explanation) {
    }

    /** The review itself: when it fell due, and what its completion recorded. */
    public record Review(
            String reviewId,
            ReviewStatus status,
            LocalDate dueOn,
            LocalDate overdueFrom,
            Instant completedAt,
            String completedBy,
            List<String> findings,
            List<String> decisions,
            Integer revisionOpened) {
    }

    /** What the portfolio ranks by, for this agreement and year. */
    public AgreementYearSummary summary() {
        return new AgreementYearSummary(agreementId, vendorId, title, year, currency, monthsClosed, serviceLevelMonths,
                met, breached,
                serviceLevels.stream().mapToInt(ServiceLevelYear::criticalFailures).sum(),
                credits.atRiskAmount(), credits.assessed(), credits.clawedBack(), credits.net());
    }
}
