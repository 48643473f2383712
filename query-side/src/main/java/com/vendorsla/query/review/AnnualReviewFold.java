package com.vendorsla.query.review;

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
import com.vendorsla.sharedkernel.agreement.terms.TermsChange;
import com.vendorsla.sharedkernel.agreement.terms.TermsDiff;
import com.vendorsla.sharedkernel.common.Party;
import com.vendorsla.sharedkernel.performance.CreditLine;
import com.vendorsla.sharedkernel.performance.DisputeOutcome;
import com.vendorsla.sharedkernel.performance.PeriodStatus;
import com.vendorsla.sharedkernel.performance.ServiceLevelOutcome;
import com.vendorsla.sharedkernel.performance.event.CreditClawedBack;
import com.vendorsla.sharedkernel.performance.event.CreditDisputeResolved;
import com.vendorsla.sharedkernel.performance.event.CreditDisputed;
import com.vendorsla.sharedkernel.performance.event.EarnBackLapsed;
import com.vendorsla.sharedkernel.performance.event.PerformancePeriodEvent;
import com.vendorsla.sharedkernel.performance.event.PeriodClosed;
import com.vendorsla.sharedkernel.performance.event.PeriodOpened;
import com.vendorsla.sharedkernel.performance.event.PeriodReevaluated;
import com.vendorsla.sharedkernel.review.ReviewStatus;
import com.vendorsla.sharedkernel.review.event.ReviewCompleted;
import com.vendorsla.sharedkernel.review.event.ReviewDue;
import com.vendorsla.sharedkernel.review.query.AnnualReviewReport;
import com.vendorsla.sharedkernel.review.query.AcquisitionNote;
import com.vendorsla.sharedkernel.review.query.ReviewCriteria;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The annual review report as a pure left fold over recorded events (domain.md, "Annual review"): the agreement's
 * stream, the streams of its periods of the year, its vendor's acquisitions and the review's own stream. The same
 * events always give the same report, so it can be redone by hand from the event store. This class folds the events
 * into the year's facts; {@link AnnualReviewAssembler} turns them into the report.
 * <p>
 * What the report decides, and how:
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

    final int year;
    final ReviewCriteria criteria;

    String agreementId;
    String vendorId;
    String title;
    AgreementStatus status;
    LocalDate effectiveFrom;
    LocalDate effectiveTo;
    private ZoneId zone = ZoneOffset.UTC;
    final TreeMap<Integer, AgreementTerms> versions = new TreeMap<>();
    final Map<Integer, Revision> revisions = new LinkedHashMap<>();
    final Map<String, Right> rights = new LinkedHashMap<>();

    final TreeMap<YearMonth, Month> months = new TreeMap<>();
    final Map<String, Credit> credits = new LinkedHashMap<>();
    final List<CreditLine> lines = new ArrayList<>();
    int earnBacksLapsed;

    final List<AcquisitionNote> acquisitions = new ArrayList<>();

    ReviewStatus reviewStatus = ReviewStatus.NOT_DUE;
    LocalDate dueOn;
    Instant completedAt;
    String completedBy;
    List<String> findings;
    List<String> decisions;
    Integer revisionOpened;

    static final class Revision {
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

    record Right(String rightId, String serviceLevelId, TerminationRightCause cause, List<YearMonth> periods,
                         LocalDate grantedOn, LocalDate exerciseBy, TerminationRightStatus status) {
        Right with(TerminationRightStatus next) {
            return new Right(rightId, serviceLevelId, cause, periods, grantedOn, exerciseBy, next);
        }
    }

    static final class Month {
        PeriodStatus status;
        int termsVersion;
        AgreementTerms terms;
        String vendorId;
        List<ServiceLevelOutcome> results = List.of();
        String currency;
        BigDecimal cap;
    }

    static final class Credit {
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
        return new AnnualReviewAssembler(fold).report(today);
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

}
