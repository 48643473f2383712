package com.vendorsla.command.agreement;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.RevisionReason;
import com.vendorsla.sharedkernel.agreement.command.ApproveRevision;
import com.vendorsla.sharedkernel.agreement.command.ProposeRevision;
import com.vendorsla.sharedkernel.agreement.command.RejectRevision;
import com.vendorsla.sharedkernel.agreement.command.WithdrawRevision;
import com.vendorsla.sharedkernel.agreement.event.AgreementActivated;
import com.vendorsla.sharedkernel.agreement.event.AgreementExpired;
import com.vendorsla.sharedkernel.agreement.event.AgreementTerminated;
import com.vendorsla.sharedkernel.agreement.event.RevisionAgreed;
import com.vendorsla.sharedkernel.agreement.event.RevisionApproved;
import com.vendorsla.sharedkernel.agreement.event.RevisionProposed;
import com.vendorsla.sharedkernel.agreement.event.RevisionRejected;
import com.vendorsla.sharedkernel.agreement.event.RevisionWithdrawn;
import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;
import com.vendorsla.sharedkernel.common.Party;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static com.vendorsla.command.agreement.AgreementRules.*;
import static com.vendorsla.sharedkernel.common.RuleCode.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The versions of an active agreement's terms (version 1 at signature, one more per agreed revision) and the one
 * revision that may be open. A member of {@link Agreement}, which checks the agreement is active first.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class Revisions {

    record Version(int termsVersion, LocalDate effectiveFrom, AgreementTerms ownTerms, AgreementTerms terms) {
    }

    record OpenRevision(int number, Party proposedBy, RevisionReason reason, LocalDate effectiveFrom,
                        AgreementTerms ownTerms, AgreementTerms terms, Set<Party> approvals) {
    }

    private List<Version> versions = new ArrayList<>();
    private OpenRevision openRevision;
    private int revisionsProposed;

    // ---- decisions --------------------------------------------------------------------------------------------

    /** Only one revision is open at a time, and its effective date is one it may have (see requireEffectiveDate). */
    void requireProposable(LocalDate effectiveFrom, LocalDate today, ZoneId zone, LocalDate agreementEnd) {
        require(openRevision == null, REVISION_OPEN, "revision " + (openRevision == null ? 0 : openRevision.number())
                + " is still open: only one revision may be open at a time");
        requireEffectiveDate(effectiveFrom, today, zone, agreementEnd);
    }

    /** {@code effective}: the complete terms the stated ones amount to. */
    /** Answers the number of the revision proposed. */
    int propose(AgreementId agreementId, ProposeRevision command, AgreementTerms effective) {
        int number = revisionsProposed + 1;
        apply(new RevisionProposed(agreementId, number, command.proposedBy(), command.reason(),
                command.terms(), effective, command.effectiveFrom(), strip(command.rationale()),
                command.occurredAt()));
        return number;
    }

    /**
     * The second approval agrees the revision: it becomes the next version. Its effective date is checked again
     * against the day of that approval, which is the day it is agreed. Answers whether it was agreed.
     */
    boolean approve(AgreementId agreementId, ApproveRevision command, LocalDate today, ZoneId zone,
                    LocalDate agreementEnd) {
        OpenRevision revision = openRevision(command.revision());
        require(!revision.approvals().contains(command.party()), ALREADY_APPROVED,
                command.party() + " has approved revision " + revision.number() + " already");
        boolean agreed = revision.approvals().size() == Party.values().length - 1;
        if (agreed) {
            requireEffectiveDate(revision.effectiveFrom(), today, zone, agreementEnd);
        }
        apply(new RevisionApproved(agreementId, revision.number(), command.party(), command.occurredAt()));
        if (agreed) {
            apply(new RevisionAgreed(agreementId, revision.number(), latest().termsVersion() + 1,
                    revision.reason(), revision.ownTerms(), revision.terms(), revision.effectiveFrom(),
                    command.occurredAt()));
        }
        return agreed;
    }

    void reject(AgreementId agreementId, RejectRevision command) {
        OpenRevision revision = openRevision(command.revision());
        require(revision.proposedBy() != command.party(), OWN_REVISION,
                "a party cannot reject its own revision: withdraw it instead");
        require(!blank(command.reason()), REASON_REQUIRED, "a rejection states its reason");
        apply(new RevisionRejected(agreementId, revision.number(), command.party(), command.reason().strip(),
                command.occurredAt()));
    }

    void withdraw(AgreementId agreementId, WithdrawRevision command) {
        OpenRevision revision = openRevision(command.revision());
        require(revision.proposedBy() == command.party(), NOT_PROPOSER,
                "only " + revision.proposedBy() + ", who proposed it, may withdraw revision " + revision.number());
        apply(new RevisionWithdrawn(agreementId, revision.number(), command.party(), strip(command.reason()),
                command.occurredAt()));
    }

    /**
     * Never before the day it is agreed ({@code today} in the coverage time zone {@code zone}), never before the
     * version in force, never after the agreement's end ({@code agreementEnd}, null while open-ended).
     */
    private void requireEffectiveDate(LocalDate effective, LocalDate today, ZoneId zone, LocalDate agreementEnd) {
        require(!effective.isBefore(today), REVISION_EFFECTIVE_DATE_PASSED,
                "a revision takes effect on or after the day it is agreed (" + today + " in " + zone
                        + "), not on " + effective);
        Version latest = latest();
        require(!effective.isBefore(latest.effectiveFrom()), REVISION_BEFORE_VERSION_IN_FORCE,
                "version " + latest.termsVersion() + " is in force from " + latest.effectiveFrom()
                        + ": a revision cannot take effect before it");
        require(agreementEnd == null || !effective.isAfter(agreementEnd), REVISION_AFTER_AGREEMENT_END,
                "the agreement ends on " + agreementEnd + ", before " + effective);
    }

    /** Only a revision proposed on this agreement can be named (REVISION_NOT_FOUND otherwise). */
    void requireProposed(int number) {
        require(number >= 1 && number <= revisionsProposed, REVISION_NOT_FOUND, "no revision " + number);
    }

    private OpenRevision openRevision(int number) {
        requireProposed(number);
        require(openRevision != null && openRevision.number() == number, REVISION_NOT_OPEN,
                "revision " + number + " is no longer open");
        return openRevision;
    }

    /** The open revision if it has reason ACQUISITION, else empty. */
    Optional<Integer> openAcquisitionRevision() {
        return openRevision != null && openRevision.reason() == RevisionReason.ACQUISITION
                ? Optional.of(openRevision.number()) : Optional.empty();
    }

    // ---- reads ------------------------------------------------------------------------------------------------

    boolean isEmpty() {
        return versions.isEmpty();
    }

    Version latest() {
        return versions.get(versions.size() - 1);
    }

    Version first() {
        return versions.get(0);
    }

    Optional<Version> version(int termsVersion) {
        return versions.stream().filter(version -> version.termsVersion() == termsVersion).findFirst();
    }

    /** The latest agreed version whose effective date has come by {@code day}; empty before version 1 takes effect. */
    Optional<Version> inForceOn(LocalDate day) {
        return versions.stream()
                .filter(version -> !version.effectiveFrom().isAfter(day))
                .reduce((earlier, later) -> later.termsVersion() > earlier.termsVersion() ? later : earlier);
    }

    // ---- state ------------------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(AgreementActivated event) {
        versions.add(new Version(event.termsVersion(), event.effectiveFrom(), event.terms(), event.effectiveTerms()));
    }

    @EventSourcingHandler
    void on(RevisionProposed event) {
        revisionsProposed = event.revision();
        openRevision = new OpenRevision(event.revision(), event.proposedBy(), event.reason(), event.effectiveFrom(),
                event.terms(), event.effectiveTerms(), Set.of());
    }

    @EventSourcingHandler
    void on(RevisionApproved event) {
        Set<Party> approvals = new LinkedHashSet<>(openRevision.approvals());
        approvals.add(event.party());
        openRevision = new OpenRevision(openRevision.number(), openRevision.proposedBy(), openRevision.reason(),
                openRevision.effectiveFrom(), openRevision.ownTerms(), openRevision.terms(), Set.copyOf(approvals));
    }

    @EventSourcingHandler
    void on(RevisionAgreed event) {
        versions.add(new Version(event.termsVersion(), event.effectiveFrom(), event.terms(), event.effectiveTerms()));
        openRevision = null;
    }

    @EventSourcingHandler
    void on(RevisionRejected event) {
        openRevision = null;
    }

    @EventSourcingHandler
    void on(RevisionWithdrawn event) {
        openRevision = null;
    }

    @EventSourcingHandler
    void on(AgreementExpired event) {
        openRevision = null;
    }

    @EventSourcingHandler
    void on(AgreementTerminated event) {
        openRevision = null;
    }
}
