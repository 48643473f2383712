package com.vendorsla.query.review;

import com.vendorsla.sharedkernel.agreement.RevisionStatus;
import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;
import com.vendorsla.sharedkernel.agreement.terms.KpiDirection;
import com.vendorsla.sharedkernel.agreement.terms.ServiceLevel;
import com.vendorsla.sharedkernel.agreement.terms.ServiceLevelKind;
import com.vendorsla.sharedkernel.performance.CreditLine;
import com.vendorsla.sharedkernel.performance.CreditLineType;
import com.vendorsla.sharedkernel.performance.PeriodStatus;
import com.vendorsla.sharedkernel.performance.ServiceLevelOutcome;
import com.vendorsla.sharedkernel.performance.calc.Ratio;
import com.vendorsla.sharedkernel.review.ReviewId;
import com.vendorsla.sharedkernel.review.ReviewStatus;
import com.vendorsla.sharedkernel.review.query.AnnualReviewReport.CandidateReason;
import com.vendorsla.sharedkernel.review.query.AnnualReviewReport.CreditSums;
import com.vendorsla.sharedkernel.review.query.AnnualReviewReport.Credits;
import com.vendorsla.sharedkernel.review.query.AnnualReviewReport.Disputes;
import com.vendorsla.sharedkernel.review.query.AnnualReviewReport.MonthValue;
import com.vendorsla.sharedkernel.review.query.AnnualReviewReport.Review;
import com.vendorsla.sharedkernel.review.query.AnnualReviewReport.RevisionCandidate;
import com.vendorsla.sharedkernel.review.query.AnnualReviewReport.RevisionOfYear;
import com.vendorsla.sharedkernel.review.query.AnnualReviewReport.ServiceLevelYear;
import com.vendorsla.sharedkernel.review.query.AnnualReviewReport.TerminationRightOfYear;
import com.vendorsla.sharedkernel.review.query.AnnualReviewReport;
import com.vendorsla.sharedkernel.review.query.ReviewCriteria;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Turns the facts {@link AnnualReviewFold} gathered from a year's events into the {@link AnnualReviewReport}: each
 * service level's months and verdicts, revision candidates, credits and disputes, the year's revisions, rights and
 * review (see the fold for the rules).
 */
final class AnnualReviewAssembler {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final AnnualReviewFold fold;
    /** Service levels whose latest terms say lower is better (KPIs such as mean time to repair). */
    private final Set<String> lowerIsBetter = new HashSet<>();

    AnnualReviewAssembler(AnnualReviewFold fold) {
        this.fold = fold;
    }

    AnnualReviewReport report(LocalDate today) {
        String currency = currency();
        BigDecimal zero = zero(currency);
        List<ServiceLevelYear> levels = new ArrayList<>();
        for (String id : serviceLevelIds()) {
            levels.add(serviceLevel(id, zero));
        }
        int measured = levels.stream().mapToInt(ServiceLevelYear::monthsMeasured).sum();
        int met = levels.stream().mapToInt(ServiceLevelYear::met).sum();
        List<RevisionCandidate> candidates = new ArrayList<>();
        levels.forEach(level -> candidates.addAll(candidates(level)));
        int closed = (int) fold.months.values().stream().filter(m -> m.status == PeriodStatus.CLOSED).count();
        return new AnnualReviewReport(fold.agreementId, reportedVendor(), fold.title, fold.year, fold.status, fold.effectiveFrom, fold.effectiveTo,
                fold.months.values().stream().filter(m -> m.status != null).map(m -> m.termsVersion)
                        .collect(Collectors.toCollection(TreeSet::new)).stream().toList(),
                currency, closed, measured, met, measured - met, percent(met, measured), fraction(met, measured),
                levels, credits(currency, zero), revisionsOfYear(), List.copyOf(fold.acquisitions), rightsOfYear(),
                candidates, review(today), fold.criteria);
    }

    /** Service levels in the order the year's terms list them, first appearance first. */
    private Set<String> serviceLevelIds() {
        Set<String> ids = new LinkedHashSet<>();
        fold.months.values().forEach(month -> {
            if (month.status == PeriodStatus.CLOSED) {
                month.results.forEach(r -> ids.add(r.serviceLevelId()));
            } else if (month.terms != null && month.terms.serviceLevels() != null) {
                month.terms.serviceLevels().forEach(s -> ids.add(s.id()));
            }
        });
        fold.lines.forEach(line -> ids.add(line.serviceLevelId()));
        return ids;
    }

    private ServiceLevelYear serviceLevel(String id, BigDecimal zero) {
        List<MonthValue> values = new ArrayList<>();
        ServiceLevelOutcome latest = null;
        ServiceLevel latestTerms = null;
        int measured = 0;
        int met = 0;
        int criticalFailures = 0;
        int internalMisses = 0;
        int withMargin = 0;
        int withValue = 0;
        for (int m = 1; m <= 12; m++) {
            YearMonth period = YearMonth.of(fold.year, m);
            AnnualReviewFold.Month month = fold.months.get(period);
            ServiceLevel level = month == null || month.terms == null ? null : month.terms.serviceLevel(id).orElse(null);
            if (level != null) {
                latestTerms = level;
            }
            ServiceLevelOutcome outcome = month == null || month.status != PeriodStatus.CLOSED ? null
                    : month.results.stream().filter(r -> r.serviceLevelId().equals(id)).findFirst().orElse(null);
            if (outcome == null) {
                values.add(new MonthValue(period, month == null ? null : month.status, null,
                        level == null ? null : level.target(), null, null, null, null));
                continue;
            }
            latest = outcome;
            boolean margin = withMargin(outcome, level);
            measured++;
            met += outcome.met() ? 1 : 0;
            criticalFailures += outcome.criticalFailure() ? 1 : 0;
            internalMisses += outcome.atRisk() ? 1 : 0;
            withMargin += margin ? 1 : 0;
            withValue += outcome.measured() != null ? 1 : 0;
            values.add(new MonthValue(period, month.status, reported(outcome), outcome.target(), outcome.met(),
                    outcome.criticalFailure(), outcome.atRisk(), margin));
        }
        BigDecimal target = latest != null ? latest.target() : latestTerms == null ? null : latestTerms.target();
        BigDecimal internalTarget = latest != null ? latest.internalTarget()
                : latestTerms == null ? null : latestTerms.internalTarget();
        ServiceLevelKind kind = latest != null ? latest.kind() : latestTerms == null ? null : latestTerms.kind();
        if (kind == ServiceLevelKind.KPI && direction(latestTerms) == KpiDirection.LOWER_IS_BETTER) {
            lowerIsBetter.add(id);
        }
        List<CreditLine> own = fold.lines.stream().filter(l -> l.serviceLevelId().equals(id)).toList();
        return new ServiceLevelYear(id, latestTerms == null ? null : latestTerms.name(), kind,
                latest != null ? latest.classification() : latestTerms == null ? null : latestTerms.classification(),
                target, internalTarget, target == null || kind == null ? null : threshold(kind, direction(latestTerms), target),
                values, measured, met, measured - met, criticalFailures, internalMisses, percent(met, measured),
                fraction(met, measured), measured > 0 && withMargin == measured && withValue > 0,
                measured - met >= fold.criteria.repeatedBreaches(), sums(own, zero));
    }

    private List<RevisionCandidate> candidates(ServiceLevelYear level) {
        List<RevisionCandidate> found = new ArrayList<>();
        if (level.metWithMarginAllYear()) {
            found.add(new RevisionCandidate(level.serviceLevelId(), CandidateReason.MET_WITH_MARGIN_ALL_YEAR,
                    "met with margin in each of the " + level.monthsMeasured() + " months measured ("
                            + (lowerIsBetter.contains(level.serviceLevelId()) ? "at most " : "at least ") + plain(level.marginThreshold())
                            + " against target " + plain(level.target()) + "): the target may be tightened"));
        }
        if (level.missedRepeatedly()) {
            String breachedIn = level.months().stream().filter(m -> Boolean.FALSE.equals(m.met()))
                    .map(m -> m.period().toString()).collect(Collectors.joining(", "));
            found.add(new RevisionCandidate(level.serviceLevelId(), CandidateReason.MISSED_REPEATEDLY,
                    "breached in " + level.breached() + " of " + level.monthsMeasured() + " months measured ("
                            + breachedIn + "); " + fold.criteria.repeatedBreaches() + " or more is repeated"));
        }
        return found;
    }

    /** Met, and by the margin {@link ReviewCriteria} asks for against that month's target. */
    private boolean withMargin(ServiceLevelOutcome outcome, ServiceLevel level) {
        if (!outcome.met()) {
            return false;
        }
        if (outcome.measured() == null || outcome.target() == null) {
            return true;
        }
        KpiDirection direction = direction(level);
        BigDecimal threshold = threshold(outcome.kind(), direction, outcome.target());
        if (outcome.kind() != ServiceLevelKind.KPI && outcome.exactPart() != null && outcome.exactWhole() != null
                && outcome.exactPart() <= outcome.exactWhole() && outcome.exactPart() >= 0) {
            return new Ratio(outcome.exactPart(), outcome.exactWhole()).atLeast(threshold);
        }
        int comparison = outcome.measured().compareTo(threshold);
        return direction == KpiDirection.LOWER_IS_BETTER && outcome.kind() == ServiceLevelKind.KPI
                ? comparison <= 0 : comparison >= 0;
    }

    private BigDecimal threshold(ServiceLevelKind kind, KpiDirection direction, BigDecimal target) {
        if (kind != ServiceLevelKind.KPI) {
            return HUNDRED.subtract(HUNDRED.subtract(target).multiply(fold.criteria.errorBudgetShare())).stripTrailingZeros();
        }
        BigDecimal share = fold.criteria.kpiMarginPercent().divide(HUNDRED);
        BigDecimal factor = direction == KpiDirection.LOWER_IS_BETTER ? BigDecimal.ONE.subtract(share)
                : BigDecimal.ONE.add(share);
        return target.multiply(factor).stripTrailingZeros();
    }

    private static KpiDirection direction(ServiceLevel level) {
        return level == null || level.direction() == null ? KpiDirection.HIGHER_IS_BETTER : level.direction();
    }

    /** Percentages with 3 decimals (domain.md: "report with 3 decimals"); KPI values as they were reported. */
    private static BigDecimal reported(ServiceLevelOutcome outcome) {
        if (outcome.measured() == null || outcome.kind() == ServiceLevelKind.KPI) {
            return outcome.measured();
        }
        return outcome.measured().setScale(3, RoundingMode.HALF_UP);
    }

    private Credits credits(String currency, BigDecimal zero) {
        BigDecimal atRisk = fold.months.values().stream().filter(m -> m.status == PeriodStatus.CLOSED && m.cap != null)
                .map(m -> m.cap).reduce(zero, BigDecimal::add);
        CreditSums sums = sums(fold.lines, zero);
        int count = 0;
        BigDecimal disputedAmount = zero;
        int open = 0;
        int upheld = 0;
        int reduced = 0;
        int withdrawn = 0;
        for (AnnualReviewFold.Credit credit : fold.credits.values()) {
            if (!credit.disputed) {
                continue;
            }
            count++;
            disputedAmount = disputedAmount.add(credit.disputedAmount != null ? credit.disputedAmount : credit.amount);
            if (credit.outcome == null) {
                open++;
            } else {
                switch (credit.outcome) {
                    case UPHELD -> upheld++;
                    case REDUCED -> reduced++;
                    case WITHDRAWN -> withdrawn++;
                }
            }
        }
        return new Credits(currency, atRisk, sums.assessed(), sums.adjustments(), sums.disputeResolutions(),
                sums.clawedBack(), sums.net(), new Disputes(count, disputedAmount, open, upheld, reduced, withdrawn),
                fold.earnBacksLapsed, atRisk.signum() == 0 ? null
                : sums.net().multiply(HUNDRED).divide(atRisk, 3, RoundingMode.HALF_UP),
                atRisk.signum() == 0 ? null : sums.net().toPlainString() + " / " + atRisk.toPlainString());
    }

    private static CreditSums sums(List<CreditLine> lines, BigDecimal zero) {
        return new CreditSums(sum(lines, zero, l -> l.type() == CreditLineType.ASSESSED),
                sum(lines, zero, l -> l.type() == CreditLineType.ADJUSTMENT),
                sum(lines, zero, l -> l.type() == CreditLineType.DISPUTE_RESOLUTION),
                sum(lines, zero, l -> l.type() == CreditLineType.CLAWED_BACK),
                sum(lines, zero, l -> true));
    }

    private static BigDecimal sum(List<CreditLine> lines, BigDecimal zero, Predicate<CreditLine> which) {
        return lines.stream().filter(which).map(CreditLine::amount).filter(Objects::nonNull).reduce(zero, BigDecimal::add);
    }

    private List<RevisionOfYear> revisionsOfYear() {
        return fold.revisions.values().stream()
                .filter(r -> inYear(r.proposedOn) || inYear(r.decidedOn)
                        || (r.status == RevisionStatus.AGREED && inYear(r.effectiveFrom)))
                .map(r -> new RevisionOfYear(r.number, r.reason, r.proposedBy, r.proposedOn, r.effectiveFrom,
                        r.rationale, r.status, r.decidedOn, r.termsVersion, r.changes))
                .toList();
    }

    private List<TerminationRightOfYear> rightsOfYear() {
        return fold.rights.values().stream()
                .filter(r -> inYear(r.grantedOn()) || (r.periods() != null && r.periods().stream().anyMatch(p -> p.getYear() == fold.year)))
                .map(r -> new TerminationRightOfYear(r.rightId(), r.serviceLevelId(), r.cause(), r.periods(),
                        r.grantedOn(), r.exerciseBy(), r.status()))
                .toList();
    }

    private Review review(LocalDate today) {
        LocalDate overdueFrom = fold.dueOn == null ? null : fold.dueOn.plusDays(fold.criteria.overdueAfterDays() + 1L);
        ReviewStatus shown = fold.reviewStatus == ReviewStatus.DUE && today != null && !today.isBefore(overdueFrom)
                ? ReviewStatus.OVERDUE : fold.reviewStatus;
        return new Review(ReviewId.of(new com.vendorsla.sharedkernel.agreement.AgreementId(fold.agreementId), fold.year).value(),
                shown, fold.dueOn, overdueFrom, fold.completedAt, fold.completedBy, fold.findings, fold.decisions, fold.revisionOpened);
    }

    private boolean inYear(LocalDate day) {
        return day != null && day.getYear() == fold.year;
    }

    /** The vendor the year's latest closed (else opened) period was measured for; else the agreement's own. */
    private String reportedVendor() {
        return fold.months.descendingMap().values().stream().filter(m -> m.status == PeriodStatus.CLOSED && m.vendorId != null)
                .map(m -> m.vendorId).findFirst()
                .orElse(fold.months.descendingMap().values().stream().map(m -> m.vendorId).filter(Objects::nonNull)
                        .findFirst().orElse(fold.vendorId));
    }

    private String currency() {
        return fold.months.descendingMap().values().stream().map(m -> m.currency).filter(Objects::nonNull).findFirst()
                .orElse(fold.months.descendingMap().values().stream().map(m -> m.terms).filter(Objects::nonNull)
                        .map(AgreementTerms::currency).filter(Objects::nonNull).findFirst()
                        .orElse(fold.versions.isEmpty() ? null : fold.versions.lastEntry().getValue().currency()));
    }

    /** Zero in the currency's minor units (EUR 0.00, JPY 0); two decimals when the currency is unknown. */
    private BigDecimal zero(String currency) {
        int scale = fold.lines.stream().map(CreditLine::amount).filter(Objects::nonNull).mapToInt(BigDecimal::scale).max()
                .orElse(-1);
        if (scale < 0) {
            try {
                scale = currency == null ? 2 : Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
            } catch (IllegalArgumentException unknown) {
                scale = 2;
            }
        }
        return BigDecimal.ZERO.setScale(scale);
    }

    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(whole), 3, RoundingMode.HALF_UP);
    }

    static String fraction(long part, long whole) {
        return whole == 0 ? null : part + "/" + whole;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "?" : value.toPlainString();
    }
}
