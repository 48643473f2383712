package com.vendorsla.sharedkernel.review.query;

import com.vendorsla.sharedkernel.agreement.AgreementStatus;
import com.vendorsla.sharedkernel.agreement.RevisionReason;
import com.vendorsla.sharedkernel.agreement.RevisionStatus;
import com.vendorsla.sharedkernel.agreement.TerminationRightCause;
import com.vendorsla.sharedkernel.agreement.TerminationRightStatus;
import com.vendorsla.sharedkernel.agreement.event.AgreementActivated;
import com.vendorsla.sharedkernel.agreement.event.AgreementAssignedToVendor;
import com.vendorsla.sharedkernel.agreement.event.AgreementDrafted;
import com.vendorsla.sharedkernel.agreement.event.AgreementEvent;
import com.vendorsla.sharedkernel.agreement.event.AgreementExpired;
import com.vendorsla.sharedkernel.agreement.event.AgreementRenewed;
import com.vendorsla.sharedkernel.agreement.event.AgreementTerminated;
import com.vendorsla.sharedkernel.agreement.event.RevisionAgreed;
import com.vendorsla.sharedkernel.agreement.event.RevisionProposed;
import com.vendorsla.sharedkernel.agreement.event.RevisionRejected;
import com.vendorsla.sharedkernel.agreement.event.RevisionWithdrawn;
import com.vendorsla.sharedkernel.agreement.event.TermsProposed;
import com.vendorsla.sharedkernel.agreement.event.TerminationRightExercised;
import com.vendorsla.sharedkernel.agreement.event.TerminationRightGranted;
import com.vendorsla.sharedkernel.agreement.event.TerminationRightLapsed;
import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;
import com.vendorsla.sharedkernel.agreement.terms.KpiDirection;
import com.vendorsla.sharedkernel.agreement.terms.ServiceLevel;
import com.vendorsla.sharedkernel.agreement.terms.ServiceLevelKind;
import com.vendorsla.sharedkernel.agreement.terms.TermsChange;
import com.vendorsla.sharedkernel.agreement.terms.TermsDiff;
import com.vendorsla.sharedkernel.common.Party;
import com.vendorsla.sharedkernel.performance.CreditLine;
import com.vendorsla.sharedkernel.performance.CreditLineType;
import com.vendorsla.sharedkernel.performance.DisputeOutcome;
import com.vendorsla.sharedkernel.performance.PeriodStatus;
import com.vendorsla.sharedkernel.performance.ServiceLevelOutcome;
import com.vendorsla.sharedkernel.performance.calc.Ratio;
import com.vendorsla.sharedkernel.performance.event.CreditClawedBack;
import com.vendorsla.sharedkernel.performance.event.CreditDisputeResolved;
import com.vendorsla.sharedkernel.performance.event.CreditDisputed;
import com.vendorsla.sharedkernel.performance.event.EarnBackLapsed;
import com.vendorsla.sharedkernel.performance.event.PerformancePeriodEvent;
import com.vendorsla.sharedkernel.performance.event.PeriodClosed;
import com.vendorsla.sharedkernel.performance.event.PeriodOpened;
import com.vendorsla.sharedkernel.performance.event.PeriodReevaluated;
import com.vendorsla.sharedkernel.review.ReviewId;
import com.vendorsla.sharedkernel.review.ReviewStatus;
import com.vendorsla.sharedkernel.review.event.ReviewCompleted;
import com.vendorsla.sharedkernel.review.event.ReviewDue;
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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The annual review report as a pure left fold over recorded events (domain.md, "Annual review"): the agreement's
 * stream, the streams of its periods of the year, its vendor's acquisitions and the review's own stream. The same
 * events always give the same report, so it can be redone by hand from the event store.
 * <p>
 * What it decides, and how:
 * <ul>
 *   <li>The year is the calendar year of the period months; events of periods of other years are ignored.</li>
 *   <li>A month's verdicts are the latest the period recorded: a re-evaluation after a correction replaces the close's.</li>
 *   <li>Met with margin all year: measured in at least one closed month, and met with margin in every closed month
 *       that measured it ({@link ReviewCriteria} says what margin is; a month with nothing to measure, such as no
 *       incidents, is met with margin, but at least one month must have a measured value).</li>
 *   <li>Missed repeatedly: breached in at least {@link ReviewCriteria#repeatedBreaches()} months of the year.</li>
 *   <li>Dates of acts (a revision proposed, a right granted) are days in the agreement's coverage time zone.</li>
 * </ul>
 */
public final class AnnualReviewFold {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final int year;
    private final ReviewCriteria criteria;

    private String agreementId;
    private String vendorId;
    private String title;
    private AgreementStatus status;
    private LocalDate effectiveFrom;
    private LocalDate effectiveTo;
    private ZoneId zone = ZoneOffset.UTC;
    private final TreeMap<Integer, AgreementTerms> versions = new TreeMap<>();
    private final Map<Integer, Revision> revisions = new LinkedHashMap<>();
    private final Map<String, Right> rights = new LinkedHashMap<>();

    private final TreeMap<YearMonth, Month> months = new TreeMap<>();
    private final Map<String, Credit> credits = new LinkedHashMap<>();
    private final List<CreditLine> lines = new ArrayList<>();
    private int earnBacksLapsed;

    private final List<AcquisitionNote> acquisitions = new ArrayList<>();
    /** Service levels whose latest terms say lower is better (KPIs such as mean time to repair). */
    private final Set<String> lowerIsBetter = new java.util.HashSet<>();

    private ReviewStatus reviewStatus = ReviewStatus.NOT_DUE;
    private LocalDate dueOn;
    private Instant completedAt;
    private String completedBy;
    private List<String> findings;
    private List<String> decisions;
    private Integer revisionOpened;

    private static final class Revision {
        int number;
        RevisionReason reason;
        Party proposedBy;
        LocalDate proposedOn;
        LocalDate effectiveFrom;
        String rationale;
        RevisionStatus status = RevisionStatus.OPEN;
        LocalDate decidedOn;
        Integer termsVersion;
        List<String> changes;
    }

    private record Right(String rightId, String serviceLevelId, TerminationRightCause cause, List<YearMonth> periods,
                         LocalDate grantedOn, LocalDate exerciseBy, TerminationRightStatus status) {
        Right with(TerminationRightStatus next) {
            return new Right(rightId, serviceLevelId, cause, periods, grantedOn, exerciseBy, next);
        }
    }

    private static final class Month {
        PeriodStatus status;
        int termsVersion;
        AgreementTerms terms;
        String vendorId;
        List<ServiceLevelOutcome> results = List.of();
        String currency;
        BigDecimal cap;
    }

    private static final class Credit {
        BigDecimal amount;
        boolean disputed;
        BigDecimal disputedAmount;
        DisputeOutcome outcome;
    }

    private AnnualReviewFold(int year, ReviewCriteria criteria) {
        this.year = year;
        this.criteria = criteria;
    }

    /**
     * @param agreementEvents the agreement's whole stream, in order (it must start with its draft)
     * @param periodEvents    the streams of the agreement's periods, each in order; other years' are ignored
     * @param acquisitions    acquisitions of the agreement's vendor(s); those effective in other years are ignored
     * @param reviewEvents    the stream of the review {@code rvw-<uuid>-<year>}, in order
     * @param today           the day the report is for: it decides only whether a due review is overdue
     */
    public static AnnualReviewReport report(int year, List<? extends AgreementEvent> agreementEvents,
                                            List<? extends PerformancePeriodEvent> periodEvents,
                                            List<AcquisitionNote> acquisitions,
                                            List<RecordedReviewEvent> reviewEvents,
                                            ReviewCriteria criteria, LocalDate today) {
        AnnualReviewFold fold = new AnnualReviewFold(year, criteria);
        agreementEvents.forEach(fold::agreement);
        if (fold.agreementId == null) {
            throw new IllegalArgumentException("the agreement's stream must start with its draft");
        }
        periodEvents.forEach(fold::period);
        acquisitions.stream().filter(a -> a.effectiveDate() != null && a.effectiveDate().getYear() == year)
                .sorted(java.util.Comparator.comparing(AcquisitionNote::effectiveDate))
                .forEach(fold.acquisitions::add);
        reviewEvents.forEach(fold::review);
        return fold.report(today);
    }

    // ---- the agreement ----------------------------------------------------------------------------------------

    private void agreement(AgreementEvent event) {
        if (event instanceof AgreementDrafted drafted) {
            agreementId = drafted.agreementId().value();
            vendorId = drafted.vendorId().value();
            title = drafted.title();
            status = AgreementStatus.DRAFT;
            effectiveFrom = drafted.effectiveFrom();
            effectiveTo = drafted.effectiveTo();
            zoneOf(drafted.effectiveTerms());
        } else if (event instanceof TermsProposed) {
            status = AgreementStatus.NEGOTIATION;
        } else if (event instanceof AgreementActivated activated) {
            status = AgreementStatus.ACTIVE;
            effectiveFrom = activated.effectiveFrom();
            effectiveTo = activated.effectiveTo();
            versions.put(activated.termsVersion(), activated.effectiveTerms());
            zoneOf(activated.effectiveTerms());
        } else if (event instanceof RevisionProposed proposed) {
            Revision revision = new Revision();
            revision.number = proposed.revision();
            revision.reason = proposed.reason();
            revision.proposedBy = proposed.proposedBy();
            revision.proposedOn = day(proposed.occurredAt());
            revision.effectiveFrom = proposed.effectiveFrom();
            revision.rationale = proposed.rationale();
            revision.changes = versions.isEmpty() || proposed.effectiveTerms() == null ? List.of()
                    : TermsDiff.between(versions.lastEntry().getValue(), proposed.effectiveTerms()).stream()
                    .map(TermsChange::path).toList();
            revisions.put(revision.number, revision);
        } else if (event instanceof RevisionAgreed agreed) {
            decide(agreed.revision(), RevisionStatus.AGREED, agreed.occurredAt());
            Revision revision = revisions.get(agreed.revision());
            if (revision != null) {
                revision.termsVersion = agreed.termsVersion();
            }
            versions.put(agreed.termsVersion(), agreed.effectiveTerms());
            zoneOf(agreed.effectiveTerms());
        } else if (event instanceof RevisionRejected rejected) {
            decide(rejected.revision(), RevisionStatus.REJECTED, rejected.occurredAt());
        } else if (event instanceof RevisionWithdrawn withdrawn) {
            decide(withdrawn.revision(), RevisionStatus.WITHDRAWN, withdrawn.occurredAt());
        } else if (event instanceof AgreementAssignedToVendor assigned) {
            vendorId = assigned.toVendorId().value();
        } else if (event instanceof AgreementRenewed renewed) {
            effectiveTo = renewed.effectiveTo();
        } else if (event instanceof AgreementExpired expired) {
            status = AgreementStatus.EXPIRED;
            lapseOpenRevisions(expired.occurredAt());
        } else if (event instanceof AgreementTerminated terminated) {
            status = AgreementStatus.TERMINATED;
            lapseOpenRevisions(terminated.occurredAt());
        } else if (event instanceof TerminationRightGranted granted) {
            rights.put(granted.rightId(), new Right(granted.rightId(), granted.serviceLevelId(), granted.cause(),
                    granted.periods(), granted.grantedOn(), granted.exerciseBy(), TerminationRightStatus.OPEN));
        } else if (event instanceof TerminationRightExercised exercised) {
            rights.computeIfPresent(exercised.rightId(), (id, right) -> right.with(TerminationRightStatus.EXERCISED));
        } else if (event instanceof TerminationRightLapsed lapsed) {
            rights.computeIfPresent(lapsed.rightId(), (id, right) -> right.with(TerminationRightStatus.LAPSED));
        }
    }

    private void decide(int number, RevisionStatus outcome, Instant at) {
        Revision revision = revisions.get(number);
        if (revision != null) {
            revision.status = outcome;
            revision.decidedOn = day(at);
        }
    }

    private void lapseOpenRevisions(Instant at) {
        revisions.values().stream().filter(r -> r.status == RevisionStatus.OPEN)
                .forEach(r -> decide(r.number, RevisionStatus.LAPSED, at));
    }

    private void zoneOf(AgreementTerms terms) {
        if (terms != null && terms.coverage() != null && terms.coverage().timeZone() != null) {
            zone = ZoneId.of(terms.coverage().timeZone());
        }
    }

    private LocalDate day(Instant instant) {
        return instant == null ? null : instant.atZone(zone).toLocalDate();
    }

    // ---- the periods ------------------------------------------------------------------------------------------

    private void period(PerformancePeriodEvent event) {
        YearMonth period = event.periodId().month();
        if (period.getYear() != year) {
            return;
        }
        Month month = months.computeIfAbsent(period, p -> new Month());
        if (event instanceof PeriodOpened opened) {
            month.status = PeriodStatus.OPEN;
            month.termsVersion = opened.termsVersion();
            month.terms = opened.terms();
            month.vendorId = opened.vendorId() == null ? null : opened.vendorId().value();
        } else if (event instanceof PeriodClosed closed) {
            month.status = PeriodStatus.CLOSED;
            month.termsVersion = closed.termsVersion();
            month.results = closed.results();
            month.currency = closed.currency();
            month.cap = closed.cap();
            if (closed.vendorId() != null) {
                month.vendorId = closed.vendorId().value();
            }
            closed.credits().forEach(this::line);
        } else if (event instanceof PeriodReevaluated reevaluated) {
            month.results = reevaluated.results();
            reevaluated.adjustments().forEach(this::line);
        } else if (event instanceof CreditDisputed disputed) {
            Credit credit = credits.get(disputed.creditId().value());
            if (credit != null) {
                credit.disputed = true;
                credit.disputedAmount = credit.amount;
            }
        } else if (event instanceof CreditDisputeResolved resolved) {
            Credit credit = credits.get(resolved.creditId().value());
            if (credit != null) {
                credit.outcome = resolved.outcome();
            }
            if (resolved.line() != null) {
                line(resolved.line());
            }
        } else if (event instanceof CreditClawedBack clawedBack) {
            line(clawedBack.line());
        } else if (event instanceof EarnBackLapsed) {
            earnBacksLapsed++;
        }
    }

    private void line(CreditLine line) {
        lines.add(line);
        Credit credit = credits.computeIfAbsent(line.creditId(), id -> new Credit());
        credit.amount = credit.amount == null ? line.amount() : credit.amount.add(line.amount());
    }

    // ---- the review -------------------------------------------------------------------------------------------

    private void review(RecordedReviewEvent recorded) {
        if (recorded.event() instanceof ReviewDue due) {
            if (reviewStatus != ReviewStatus.COMPLETED) {
                reviewStatus = ReviewStatus.DUE;
            }
            dueOn = due.dueOn();
        } else if (recorded.event() instanceof ReviewCompleted completed) {
            reviewStatus = ReviewStatus.COMPLETED;
            if (completed.dueOn() != null) {
                dueOn = completed.dueOn();
            }
            completedAt = completed.occurredAt();
            completedBy = recorded.actor();
            findings = completed.findings();
            decisions = completed.decisions();
            revisionOpened = completed.revisionOpened();
        }
    }

    // ---- the report -------------------------------------------------------------------------------------------

    private AnnualReviewReport report(LocalDate today) {
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
        int closed = (int) months.values().stream().filter(m -> m.status == PeriodStatus.CLOSED).count();
        return new AnnualReviewReport(agreementId, reportedVendor(), title, year, status, effectiveFrom, effectiveTo,
                months.values().stream().filter(m -> m.status != null).map(m -> m.termsVersion)
                        .collect(Collectors.toCollection(TreeSet::new)).stream().toList(),
                currency, closed, measured, met, measured - met, percent(met, measured), fraction(met, measured),
                levels, credits(currency, zero), revisionsOfYear(), List.copyOf(acquisitions), rightsOfYear(),
                candidates, review(today), criteria);
    }

    /** Service levels in the order the year's terms list them, first appearance first. */
    private Set<String> serviceLevelIds() {
        Set<String> ids = new LinkedHashSet<>();
        months.values().forEach(month -> {
            if (month.status == PeriodStatus.CLOSED) {
                month.results.forEach(r -> ids.add(r.serviceLevelId()));
            } else if (month.terms != null && month.terms.serviceLevels() != null) {
                month.terms.serviceLevels().forEach(s -> ids.add(s.id()));
            }
        });
        lines.forEach(line -> ids.add(line.serviceLevelId()));
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
            YearMonth period = YearMonth.of(year, m);
            Month month = months.get(period);
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
        List<CreditLine> own = lines.stream().filter(l -> l.serviceLevelId().equals(id)).toList();
        return new ServiceLevelYear(id, latestTerms == null ? null : latestTerms.name(), kind,
                latest != null ? latest.classification() : latestTerms == null ? null : latestTerms.classification(),
                target, internalTarget, target == null || kind == null ? null : threshold(kind, direction(latestTerms), target),
                values, measured, met, measured - met, criticalFailures, internalMisses, percent(met, measured),
                fraction(met, measured), measured > 0 && withMargin == measured && withValue > 0,
                measured - met >= criteria.repeatedBreaches(), sums(own, zero));
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
                            + breachedIn + "); " + criteria.repeatedBreaches() + " or more is repeated"));
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
            return HUNDRED.subtract(HUNDRED.subtract(target).multiply(criteria.errorBudgetShare())).stripTrailingZeros();
        }
        BigDecimal share = criteria.kpiMarginPercent().divide(HUNDRED);
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
        BigDecimal atRisk = months.values().stream().filter(m -> m.status == PeriodStatus.CLOSED && m.cap != null)
                .map(m -> m.cap).reduce(zero, BigDecimal::add);
        CreditSums sums = sums(lines, zero);
        int count = 0;
        BigDecimal disputedAmount = zero;
        int open = 0;
        int upheld = 0;
        int reduced = 0;
        int withdrawn = 0;
        for (Credit credit : credits.values()) {
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
                earnBacksLapsed, atRisk.signum() == 0 ? null
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
        return revisions.values().stream()
                .filter(r -> inYear(r.proposedOn) || inYear(r.decidedOn)
                        || (r.status == RevisionStatus.AGREED && inYear(r.effectiveFrom)))
                .map(r -> new RevisionOfYear(r.number, r.reason, r.proposedBy, r.proposedOn, r.effectiveFrom,
                        r.rationale, r.status, r.decidedOn, r.termsVersion, r.changes))
                .toList();
    }

    private List<TerminationRightOfYear> rightsOfYear() {
        return rights.values().stream()
                .filter(r -> inYear(r.grantedOn()) || (r.periods() != null && r.periods().stream().anyMatch(p -> p.getYear() == year)))
                .map(r -> new TerminationRightOfYear(r.rightId(), r.serviceLevelId(), r.cause(), r.periods(),
                        r.grantedOn(), r.exerciseBy(), r.status()))
                .toList();
    }

    private Review review(LocalDate today) {
        LocalDate overdueFrom = dueOn == null ? null : dueOn.plusDays(criteria.overdueAfterDays() + 1L);
        ReviewStatus shown = reviewStatus == ReviewStatus.DUE && today != null && !today.isBefore(overdueFrom)
                ? ReviewStatus.OVERDUE : reviewStatus;
        return new Review(ReviewId.of(new com.vendorsla.sharedkernel.agreement.AgreementId(agreementId), year).value(),
                shown, dueOn, overdueFrom, completedAt, completedBy, findings, decisions, revisionOpened);
    }

    private boolean inYear(LocalDate day) {
        return day != null && day.getYear() == year;
    }

    /** The vendor the year's latest closed (else opened) period was measured for; else the agreement's own. */
    private String reportedVendor() {
        return months.descendingMap().values().stream().filter(m -> m.status == PeriodStatus.CLOSED && m.vendorId != null)
                .map(m -> m.vendorId).findFirst()
                .orElse(months.descendingMap().values().stream().map(m -> m.vendorId).filter(Objects::nonNull)
                        .findFirst().orElse(vendorId));
    }

    private String currency() {
        return months.descendingMap().values().stream().map(m -> m.currency).filter(Objects::nonNull).findFirst()
                .orElse(months.descendingMap().values().stream().map(m -> m.terms).filter(Objects::nonNull)
                        .map(AgreementTerms::currency).filter(Objects::nonNull).findFirst()
                        .orElse(versions.isEmpty() ? null : versions.lastEntry().getValue().currency()));
    }

    /** Zero in the currency's minor units (EUR 0.00, JPY 0); two decimals when the currency is unknown. */
    private BigDecimal zero(String currency) {
        int scale = lines.stream().map(CreditLine::amount).filter(Objects::nonNull).mapToInt(BigDecimal::scale).max()
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
