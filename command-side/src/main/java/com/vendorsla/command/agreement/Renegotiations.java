package com.vendorsla.command.agreement;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.RenegotiationOutcome;
import com.vendorsla.sharedkernel.agreement.RevisionReason;
import com.vendorsla.sharedkernel.agreement.command.ConcludeRenegotiation;
import com.vendorsla.sharedkernel.agreement.command.OpenRenegotiation;
import com.vendorsla.sharedkernel.agreement.event.AgreementAssignedToVendor;
import com.vendorsla.sharedkernel.agreement.event.RenegotiationConcluded;
import com.vendorsla.sharedkernel.agreement.event.RenegotiationOpened;
import com.vendorsla.sharedkernel.agreement.event.RenegotiationOverdue;
import com.vendorsla.sharedkernel.agreement.event.RevisionAgreed;
import com.vendorsla.sharedkernel.vendor.AcquisitionId;
import com.vendorsla.sharedkernel.vendor.VendorId;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static com.vendorsla.command.agreement.AgreementRules.*;
import static com.vendorsla.sharedkernel.common.RuleCode.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Renegotiation after an acquisition (domain.md, Acquisitions and renegotiation). Opened by the acquisition process
 * on every ACTIVE agreement with the acquired vendor; the agreement stays in force throughout. A renegotiation still
 * open after its deadline is overdue. It concludes CONFIRMED or REVISED (the agreement is then assigned to the
 * acquirer) or TERMINATED; a termination for any reason while it is open concludes it too. A member of
 * {@link Agreement}, which keeps the status rules and the deadlines.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class Renegotiations {

    record Renegotiation(AcquisitionId acquisitionId, VendorId acquiredVendorId, VendorId acquirerId,
                         LocalDate deadline, int versionBefore, boolean overdue) {
        Renegotiation overdueNow() {
            return new Renegotiation(acquisitionId, acquiredVendorId, acquirerId, deadline, versionBefore, true);
        }
    }

    /** The open renegotiation, or null. */
    private Renegotiation renegotiation;
    /** Every acquisition a renegotiation was opened for, so that the process repeating itself changes nothing. */
    private List<AcquisitionId> renegotiatedFor = new ArrayList<>();
    /** Revisions with reason ACQUISITION agreed while the open renegotiation lasted: revision → terms version. */
    private Map<Integer, Integer> acquisitionRevisions = new LinkedHashMap<>();

    // ---- decisions --------------------------------------------------------------------------------------------

    boolean openedFor(AcquisitionId acquisitionId) {
        return renegotiatedFor.contains(acquisitionId);
    }

    boolean isOpen() {
        return renegotiation != null;
    }

    /**
     * One at a time. Opens it with the version {@code before} the acquisition and a deadline renegotiationWindowDays of those terms
     * after its effective date (persistent deadline at the start of the day after; one already past is noticed at
     * once).
     */
    void open(AgreementId agreementId, OpenRenegotiation command, Revisions.Version before,
              Function<LocalDate, Instant> startOfDayAfter, DeadlineManager deadlines) {
        require(renegotiation == null, RENEGOTIATION_OPEN, "the renegotiation for acquisition "
                + (renegotiation == null ? "" : renegotiation.acquisitionId()) + " is still open");
        LocalDate deadline = command.effectiveDate().plusDays(before.terms().renegotiationWindowDaysOrDefault());
        apply(new RenegotiationOpened(agreementId, command.acquisitionId(), command.acquiredVendorId(),
                command.acquirerId(), command.effectiveDate(), deadline, before.termsVersion(), before.terms(),
                command.occurredAt()));
        Instant due = startOfDayAfter.apply(deadline);
        if (due.isAfter(command.occurredAt())) {
            deadlines.schedule(due, Agreement.RENEGOTIATION_DEADLINE,
                    new RenegotiationDue(command.acquisitionId(), deadline, due));
        } else {
            overdue(agreementId, command.acquisitionId(), deadline, due, command.occurredAt());
        }
    }

    /** The deadline {@code due} of the acquisition {@code acquisitionId} has come (or had, when it opened). */
    void overdue(AgreementId agreementId, AcquisitionId acquisitionId, LocalDate deadline, Instant due, Instant now) {
        if (renegotiation != null && !renegotiation.overdue() && renegotiation.acquisitionId().equals(acquisitionId)) {
            apply(new RenegotiationOverdue(agreementId, acquisitionId, deadline, due, now), Agreement.BY_THE_PLATFORM);
        }
    }

    /** Only a REVISED outcome names a revision, only a TERMINATED one a termination date. */
    void requireConcludable(ConcludeRenegotiation command) {
        require(command.outcome() == RenegotiationOutcome.REVISED || command.revision() == null,
                REVISION_ONLY_FOR_REVISED, "only a REVISED outcome names a revision");
        require(command.outcome() == RenegotiationOutcome.TERMINATED || command.terminationEffectiveDate() == null,
                TERMINATION_DATE_ONLY_FOR_TERMINATED, "only a TERMINATED outcome has a termination date");
    }

    /**
     * CONFIRMED with the latest version (no revision with reason ACQUISITION may be open), or REVISED with the
     * version a revision with reason ACQUISITION was agreed as while this one was open: either way the agreement is
     * assigned from {@code vendorId} to the acquirer.
     */
    void concludeAssigned(AgreementId agreementId, VendorId vendorId, ConcludeRenegotiation command,
                          Revisions revisions) {
        Revisions.Version after;
        if (command.outcome() == RenegotiationOutcome.CONFIRMED) {
            Optional<Integer> open = revisions.openAcquisitionRevision();
            require(open.isEmpty(), ACQUISITION_REVISION_OPEN, "revision " + open.orElse(0)
                    + " (reason ACQUISITION) is open: agree it and conclude REVISED, or withdraw or reject it");
            after = revisions.latest();
        } else {
            require(command.revision() != null, REVISION_REQUIRED,
                    "a REVISED outcome names the revision (reason ACQUISITION) both parties agreed");
            revisions.requireProposed(command.revision());
            Integer termsVersion = acquisitionRevisions.get(command.revision());
            require(termsVersion != null, REVISION_NOT_AGREED_FOR_ACQUISITION, "revision " + command.revision()
                    + " was not agreed by both parties with reason ACQUISITION during this renegotiation");
            after = revisions.version(termsVersion).orElseThrow();
        }
        Renegotiation open = renegotiation;
        apply(new RenegotiationConcluded(agreementId, open.acquisitionId(), command.outcome(), command.revision(),
                open.versionBefore(), after.termsVersion(), after.terms(), command.occurredAt()));
        apply(new AgreementAssignedToVendor(agreementId, vendorId, open.acquirerId(), open.acquisitionId(),
                command.occurredAt()));
    }

    /** Concluded TERMINATED: by that outcome, or by a termination decided elsewhere (for cause, convenience). */
    void concludeTerminated(AgreementId agreementId, Instant now) {
        apply(new RenegotiationConcluded(agreementId, renegotiation.acquisitionId(), RenegotiationOutcome.TERMINATED,
                null, renegotiation.versionBefore(), null, null, now));
    }

    // ---- state ------------------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(RenegotiationOpened event) {
        renegotiation = new Renegotiation(event.acquisitionId(), event.acquiredVendorId(), event.acquirerId(),
                event.deadline(), event.termsVersionBefore(), false);
        renegotiatedFor.add(event.acquisitionId());
        acquisitionRevisions.clear();
    }

    @EventSourcingHandler
    void on(RenegotiationOverdue event) {
        if (renegotiation != null) {
            renegotiation = renegotiation.overdueNow();
        }
    }

    @EventSourcingHandler
    void on(RenegotiationConcluded event) {
        renegotiation = null;
        acquisitionRevisions.clear();
    }

    /** What a REVISED conclusion may name. */
    @EventSourcingHandler
    void on(RevisionAgreed event) {
        if (renegotiation != null && event.reason() == RevisionReason.ACQUISITION) {
            acquisitionRevisions.put(event.revision(), event.termsVersion());
        }
    }
}
