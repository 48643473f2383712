package com.vendorsla.command.agreement;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.vendorsla.command.config.ExpectedVersion;
import com.vendorsla.command.config.OwnershipFirstTargetResolver;
import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.AgreementStatus;
import com.vendorsla.sharedkernel.agreement.AgreementType;
import com.vendorsla.sharedkernel.agreement.ProposalStatus;
import com.vendorsla.sharedkernel.agreement.RenegotiationOutcome;
import com.vendorsla.sharedkernel.agreement.RevisionReason;
import com.vendorsla.sharedkernel.agreement.TerminationReason;
import com.vendorsla.sharedkernel.agreement.TerminationRightStatus;
import com.vendorsla.sharedkernel.agreement.command.AcceptProposal;
import com.vendorsla.sharedkernel.agreement.command.ApproveRevision;
import com.vendorsla.sharedkernel.agreement.command.ConcludeRenegotiation;
import com.vendorsla.sharedkernel.agreement.command.DraftAgreement;
import com.vendorsla.sharedkernel.agreement.command.GrantTerminationRight;
import com.vendorsla.sharedkernel.agreement.command.OpenRenegotiation;
import com.vendorsla.sharedkernel.agreement.command.ProposeRevision;
import com.vendorsla.sharedkernel.agreement.command.ProposeTerms;
import com.vendorsla.sharedkernel.agreement.command.RejectProposal;
import com.vendorsla.sharedkernel.agreement.command.RejectRevision;
import com.vendorsla.sharedkernel.agreement.command.RenewAgreement;
import com.vendorsla.sharedkernel.agreement.command.SignAgreement;
import com.vendorsla.sharedkernel.agreement.command.TerminateAgreement;
import com.vendorsla.sharedkernel.agreement.command.WithdrawProposal;
import com.vendorsla.sharedkernel.agreement.command.WithdrawRevision;
import com.vendorsla.sharedkernel.agreement.event.AgreementActivated;
import com.vendorsla.sharedkernel.agreement.event.AgreementAssignedToVendor;
import com.vendorsla.sharedkernel.agreement.event.AgreementDrafted;
import com.vendorsla.sharedkernel.agreement.event.AgreementExpired;
import com.vendorsla.sharedkernel.agreement.event.AgreementRenewed;
import com.vendorsla.sharedkernel.agreement.event.AgreementSigned;
import com.vendorsla.sharedkernel.agreement.event.AgreementTerminated;
import com.vendorsla.sharedkernel.agreement.event.ProposalAccepted;
import com.vendorsla.sharedkernel.agreement.event.ProposalRejected;
import com.vendorsla.sharedkernel.agreement.event.ProposalWithdrawn;
import com.vendorsla.sharedkernel.agreement.event.RevisionAgreed;
import com.vendorsla.sharedkernel.agreement.event.RevisionApproved;
import com.vendorsla.sharedkernel.agreement.event.RevisionProposed;
import com.vendorsla.sharedkernel.agreement.event.RevisionRejected;
import com.vendorsla.sharedkernel.agreement.event.RevisionWithdrawn;
import com.vendorsla.sharedkernel.agreement.event.RenegotiationConcluded;
import com.vendorsla.sharedkernel.agreement.event.RenegotiationOpened;
import com.vendorsla.sharedkernel.agreement.event.RenegotiationOverdue;
import com.vendorsla.sharedkernel.agreement.event.TermsProposed;
import com.vendorsla.sharedkernel.agreement.event.TerminationRightExercised;
import com.vendorsla.sharedkernel.agreement.event.TerminationRightGranted;
import com.vendorsla.sharedkernel.agreement.event.TerminationRightLapsed;
import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;
import com.vendorsla.sharedkernel.agreement.terms.TermsRules;
import com.vendorsla.sharedkernel.common.AuditMetadata;
import com.vendorsla.sharedkernel.common.BusinessRuleViolation;
import com.vendorsla.sharedkernel.common.Party;
import com.vendorsla.sharedkernel.common.RuleViolation;
import com.vendorsla.sharedkernel.vendor.AcquisitionId;
import com.vendorsla.sharedkernel.vendor.VendorId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static com.vendorsla.command.agreement.AgreementRules.*;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An agreement with one vendor, through its whole life: draft, negotiation, signature, versioned revisions,
 * renewal, termination or expiry (domain.md, Agreement lifecycle). Decides in command handlers, changes state
 * only in event sourcing handlers. Time-based rules (expiry, lapse of termination rights) are persistent
 * deadlines whose payloads carry the business time they were due.
 * <p>
 * A MULTI_LEVEL child keeps its own terms and the complete terms they amount to over its parent's terms at the
 * time of each step (draft, proposal, revision): a later revision of the parent reaches a child through a
 * revision of the child, which both of its parties agree to.
 */
/* Snapshots are written by Jackson 3 from the fields: without field visibility they would lose state. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
@Aggregate(snapshotTriggerDefinition = "snapshotEvery100Events", commandTargetResolver = "ownershipFirstTargetResolver")
public class Agreement {

    static final String EXPIRY = "agreement-expiry";
    static final String TERMINATION_RIGHT_LAPSE = "termination-right-lapse";
    /** Who acts when a deadline passes: no user, the platform itself. */
    static final MetaData BY_THE_PLATFORM =
            MetaData.with(AuditMetadata.ACTOR, "system").and(AuditMetadata.ROLE, "SYSTEM");

    record Proposal(String id, Party party, ProposalStatus status, AgreementTerms ownTerms, AgreementTerms terms) {
        Proposal with(ProposalStatus next) {
            return new Proposal(id, party, next, ownTerms, terms);
        }
    }

    record Version(int termsVersion, LocalDate effectiveFrom, AgreementTerms ownTerms, AgreementTerms terms) {
    }

    record OpenRevision(int number, Party proposedBy, RevisionReason reason, LocalDate effectiveFrom,
                        AgreementTerms ownTerms, AgreementTerms terms, Set<Party> approvals) {
    }

    record Right(String id, String serviceLevelId, LocalDate exerciseBy, TerminationRightStatus status) {
    }

    @AggregateIdentifier
    private AgreementId agreementId;
    private VendorId vendorId;
    private AgreementType type;
    private AgreementStatus status;
    private LocalDate effectiveFrom;
    private LocalDate effectiveTo;
    private AgreementId parentAgreementId;
    /** Terms on the table: the draft's, then those of the last accepted proposal (null id: the draft's). */
    private AgreementTerms tableOwnTerms;
    private AgreementTerms tableTerms;
    private String tableProposalId;
    private Map<String, Proposal> proposals = new LinkedHashMap<>();
    /** Signatures on the terms on the table; accepting another proposal voids them. */
    private Map<Party, String> signatories = new LinkedHashMap<>();
    private List<Version> versions = new ArrayList<>();
    private OpenRevision openRevision;
    private int revisionsProposed;
    private Map<String, Right> terminationRights = new LinkedHashMap<>();
    private LocalDate terminatedFrom;

    protected Agreement() {
        // for Axon
    }

    /**
     * Drafting is decided by {@link AgreementDrafting}, which knows the vendor and the parent; this constructor
     * only records the decision.
     */
    Agreement(DraftAgreement command, AgreementTerms effectiveTerms) {
        apply(new AgreementDrafted(command.agreementId(), command.vendorId(), command.title().strip(),
                command.type(), command.customer(), command.effectiveFrom(), command.effectiveTo(),
                command.parentAgreementId(), command.underpinsAgreementId(), command.terms(), effectiveTerms,
                command.occurredAt()));
    }

    /**
     * A command on behalf of a vendor's user (its vendor id in the command's metadata), before any handler: the
     * agreement must be its vendor's, and only then is its If-Match compared (see {@link OwnershipFirstTargetResolver}),
     * so that another vendor's agreement answers NOT_FOUND whatever If-Match says. Customer users carry no vendor id.
     */
    @CommandHandlerInterceptor
    void onBehalfOfAVendor(CommandMessage<?> command, @MetaDataValue(AuditMetadata.ACTING_VENDOR) String actingVendor) {
        if (actingVendor != null) {
            requireOwnAgreement(actingVendor);
            ExpectedVersion.require(command);
        }
    }

    // ---- negotiation ------------------------------------------------------------------------------------------

    /** A proposal while the other party's is pending counters it; one's own pending proposal must go first. */
    @CommandHandler
    void handle(ProposeTerms command, ParentAgreements parents) {
        requireNegotiable();
        require(!blank(command.rationale()), RATIONALE_REQUIRED, "a proposal states its rationale");
        require(!proposals.containsKey(command.proposalId()), DUPLICATE_PROPOSAL_ID,
                "proposal " + command.proposalId() + " exists already");
        Optional<Proposal> pending = pendingProposal();
        require(pending.map(p -> p.party() != command.party()).orElse(true), PROPOSAL_PENDING,
                "proposal " + pending.map(Proposal::id).orElse("") + " of " + command.party()
                        + " is still pending: withdraw it before proposing again");
        AgreementTerms effective = effectiveTerms(command.terms(), parents);
        apply(new TermsProposed(agreementId, command.proposalId(), command.party(), command.terms(), effective,
                command.rationale().strip(), pending.map(Proposal::id).orElse(null), command.occurredAt()));
    }

    @CommandHandler
    void handle(AcceptProposal command) {
        Proposal proposal = pendingProposal(command.proposalId());
        require(proposal.party() != command.party(), OWN_PROPOSAL, "a party cannot accept its own proposal");
        apply(new ProposalAccepted(agreementId, proposal.id(), command.party(), command.occurredAt()));
    }

    @CommandHandler
    void handle(RejectProposal command) {
        Proposal proposal = pendingProposal(command.proposalId());
        require(proposal.party() != command.party(), OWN_PROPOSAL,
                "a party cannot reject its own proposal: withdraw it instead");
        require(!blank(command.reason()), REASON_REQUIRED, "a rejection states its reason");
        apply(new ProposalRejected(agreementId, proposal.id(), command.party(), command.reason().strip(),
                command.occurredAt()));
    }

    @CommandHandler
    void handle(WithdrawProposal command) {
        Proposal proposal = pendingProposal(command.proposalId());
        require(proposal.party() == command.party(), NOT_PROPOSER,
                "only " + proposal.party() + ", who proposed it, may withdraw proposal " + proposal.id());
        apply(new ProposalWithdrawn(agreementId, proposal.id(), command.party(), strip(command.reason()),
                command.occurredAt()));
    }

    /** Both parties' signatures on the same terms on the table activate the agreement with version 1. */
    @CommandHandler
    void handle(SignAgreement command, ParentAgreements parents, DeadlineManager deadlines) {
        requireNegotiable();
        require(!blank(command.signatory()), SIGNATORY_REQUIRED, "a signature names its signatory");
        require(pendingProposal().isEmpty(), PROPOSAL_PENDING,
                "proposal " + pendingProposal().map(Proposal::id).orElse("") + " is pending: accept, reject or "
                        + "withdraw it before signing");
        require(!signatories.containsKey(command.party()), ALREADY_SIGNED,
                command.party() + " has signed the terms on the table already");
        if (parentAgreementId != null) {
            AgreementStatus parentStatus = parents.parent(parentAgreementId).status();
            require(parentStatus == AgreementStatus.ACTIVE, PARENT_NOT_ACTIVE,
                    "the parent agreement " + parentAgreementId + " is " + parentStatus + ": a child takes effect "
                            + "under an active parent");
        }
        apply(new AgreementSigned(agreementId, command.party(), command.signatory().strip(), tableProposalId,
                command.occurredAt()));
        if (signatories.size() == Party.values().length) {
            apply(new AgreementActivated(agreementId, 1, tableProposalId, tableOwnTerms, tableTerms, effectiveFrom,
                    effectiveTo, command.occurredAt()));
            scheduleExpiry(deadlines);
        }
    }

    // ---- revisions --------------------------------------------------------------------------------------------

    @CommandHandler
    int handle(ProposeRevision command, ParentAgreements parents) {
        requireActive(command.occurredAt());
        require(openRevision == null, REVISION_OPEN, "revision " + (openRevision == null ? 0 : openRevision.number())
                + " is still open: only one revision may be open at a time");
        requireRevisionDate(command.effectiveFrom(), command.occurredAt());
        AgreementTerms effective = effectiveTerms(command.terms(), parents);
        int revision = revisionsProposed + 1;
        apply(new RevisionProposed(agreementId, revision, command.proposedBy(), command.reason(),
                command.terms(), effective, command.effectiveFrom(), strip(command.rationale()),
                command.occurredAt()));
        return revision;
    }

    /**
     * The second approval agrees the revision: it becomes the next version. Its effective date is checked again
     * against the day of that approval, which is the day it is agreed.
     */
    @CommandHandler
    void handle(ApproveRevision command, DeadlineManager deadlines) {
        requireActive(command.occurredAt());
        OpenRevision revision = openRevision(command.revision());
        require(!revision.approvals().contains(command.party()), ALREADY_APPROVED,
                command.party() + " has approved revision " + revision.number() + " already");
        boolean agreed = revision.approvals().size() == Party.values().length - 1;
        if (agreed) {
            requireRevisionDate(revision.effectiveFrom(), command.occurredAt());
        }
        apply(new RevisionApproved(agreementId, revision.number(), command.party(), command.occurredAt()));
        if (agreed) {
            ZoneId zoneBefore = zone();
            apply(new RevisionAgreed(agreementId, revision.number(), latestVersion().termsVersion() + 1,
                    revision.reason(), revision.ownTerms(), revision.terms(), revision.effectiveFrom(),
                    command.occurredAt()));
            if (effectiveTo != null && !zone().equals(zoneBefore)) {
                deadlines.cancelAllWithinScope(EXPIRY);
                scheduleExpiry(deadlines);
            }
        }
    }

    @CommandHandler
    void handle(RejectRevision command) {
        requireActive(command.occurredAt());
        OpenRevision revision = openRevision(command.revision());
        require(revision.proposedBy() != command.party(), OWN_REVISION,
                "a party cannot reject its own revision: withdraw it instead");
        require(!blank(command.reason()), REASON_REQUIRED, "a rejection states its reason");
        apply(new RevisionRejected(agreementId, revision.number(), command.party(), command.reason().strip(),
                command.occurredAt()));
    }

    @CommandHandler
    void handle(WithdrawRevision command) {
        requireActive(command.occurredAt());
        OpenRevision revision = openRevision(command.revision());
        require(revision.proposedBy() == command.party(), NOT_PROPOSER,
                "only " + revision.proposedBy() + ", who proposed it, may withdraw revision " + revision.number());
        apply(new RevisionWithdrawn(agreementId, revision.number(), command.party(), strip(command.reason()),
                command.occurredAt()));
    }

    // ---- renewal, expiry, termination -------------------------------------------------------------------------

    /** Renewal moves the expiry: the old deadline is cancelled and a new one scheduled, in one transaction. */
    @CommandHandler
    void handle(RenewAgreement command, DeadlineManager deadlines) {
        requireActive(command.occurredAt());
        require(effectiveTo != null, AGREEMENT_OPEN_ENDED, "the agreement has no end date to renew");
        require(command.effectiveTo().isAfter(effectiveTo), RENEWAL_NOT_EXTENDING,
                "a renewal extends the agreement beyond its current end, " + effectiveTo);
        apply(new AgreementRenewed(agreementId, effectiveTo, command.effectiveTo(), command.occurredAt()));
        deadlines.cancelAllWithinScope(EXPIRY);
        scheduleExpiry(deadlines);
    }

    @DeadlineHandler(deadlineName = EXPIRY)
    void on(ExpiryDue due) {
        if (status == AgreementStatus.ACTIVE && due.lastDay().equals(effectiveTo)) {
            apply(new AgreementExpired(agreementId, due.lastDay(), due.dueAt()), BY_THE_PLATFORM);
        }
    }

    @CommandHandler
    void handle(TerminateAgreement command, DeadlineManager deadlines) {
        requireActive(command.occurredAt());
        LocalDate today = dayOf(command.occurredAt());
        require(!command.effectiveDate().isBefore(today), TERMINATION_DATE_IN_PAST,
                "a termination takes effect today (" + today + ") or later, not on " + command.effectiveDate());
        require(effectiveTo == null || !command.effectiveDate().isAfter(effectiveTo.plusDays(1)),
                TERMINATION_AFTER_AGREEMENT_END, "the agreement ends on " + effectiveTo + " anyway");
        if (command.reason() == TerminationReason.FOR_CAUSE) {
            require(!blank(command.terminationRightId()), TERMINATION_RIGHT_REQUIRED,
                    "a termination for cause names the termination right it exercises");
            Right right = terminationRights.get(command.terminationRightId());
            require(right != null, TERMINATION_RIGHT_NOT_FOUND,
                    "no termination right " + command.terminationRightId() + " was granted on this agreement");
            String state = right.status() == TerminationRightStatus.OPEN
                    ? "past its exercise date " + right.exerciseBy() : right.status().name();
            require(right.status() == TerminationRightStatus.OPEN && !today.isAfter(right.exerciseBy()),
                    TERMINATION_RIGHT_NOT_OPEN, "termination right " + right.id() + " is " + state);
            apply(new TerminationRightExercised(agreementId, right.id(), command.occurredAt()));
        } else {
            require(blank(command.terminationRightId()), TERMINATION_RIGHT_ONLY_FOR_CAUSE,
                    "only a termination FOR_CAUSE exercises a termination right");
        }
        concludeRenegotiationOnTermination(command.occurredAt(), deadlines);
        apply(new AgreementTerminated(agreementId, command.reason(), strip(command.terminationRightId()),
                command.effectiveDate(), command.occurredAt()));
        deadlines.cancelAllWithinScope(EXPIRY);
    }

    // ---- termination rights (granted by the performance process) ----------------------------------------------

    /** Granting a right already recorded changes nothing: a repeated period close must not grant twice. */
    @CommandHandler
    void handle(GrantTerminationRight command, DeadlineManager deadlines) {
        if (command.rightId() != null && terminationRights.containsKey(command.rightId())) {
            return;
        }
        require(status == AgreementStatus.ACTIVE, AGREEMENT_NOT_ACTIVE,
                "the agreement is " + status + ": no termination right can arise");
        require(!blank(command.rightId()) && !blank(command.serviceLevelId()) && command.cause() != null
                        && command.periods() != null && !command.periods().isEmpty()
                        && command.grantedOn() != null && command.exerciseBy() != null
                        && !command.exerciseBy().isBefore(command.grantedOn()),
                INVALID_TERMINATION_RIGHT, "a termination right names its id, service level, cause and periods, "
                        + "and is exercisable from its grant to its exerciseBy day");
        apply(new TerminationRightGranted(agreementId, command.rightId(), command.serviceLevelId(), command.cause(),
                command.periods(), command.grantedOn(), command.exerciseBy(), command.occurredAt()));
        Instant lapse = startOfDayAfter(command.exerciseBy());
        deadlines.schedule(lapse, TERMINATION_RIGHT_LAPSE,
                new TerminationRightLapseDue(command.rightId(), command.exerciseBy(), lapse));
    }

    @DeadlineHandler(deadlineName = TERMINATION_RIGHT_LAPSE)
    void on(TerminationRightLapseDue due) {
        Right right = terminationRights.get(due.rightId());
        if (right != null && right.status() == TerminationRightStatus.OPEN) {
            apply(new TerminationRightLapsed(agreementId, right.id(), right.exerciseBy(), due.dueAt()),
                    BY_THE_PLATFORM);
        }
    }

    // ---- renegotiation after an acquisition (domain.md, Acquisitions and renegotiation) --------------------------
    //
    // Opened by the acquisition process on every ACTIVE agreement with the acquired vendor; the agreement stays in
    // force throughout. A renegotiation still open after its deadline is overdue (persistent deadline; a deadline
    // already past when it opens is noticed at once). It concludes CONFIRMED or REVISED (the agreement is then
    // assigned to the acquirer) or TERMINATED; a termination for any reason while it is open concludes it too.

    static final String RENEGOTIATION_DEADLINE = "renegotiation-deadline";

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

    /**
     * The version before is the one in force on the acquisition's effective date (version 1 if the agreement took
     * effect later); the deadline is renegotiationWindowDays of those terms after that date.
     */
    @CommandHandler
    void handle(OpenRenegotiation command, DeadlineManager deadlines) {
        if (renegotiatedFor.contains(command.acquisitionId())) {
            return;
        }
        requireActive(command.occurredAt());
        require(command.acquiredVendorId().equals(vendorId), AGREEMENT_NOT_WITH_VENDOR,
                "the agreement is with " + vendorId + ", not with " + command.acquiredVendorId());
        require(renegotiation == null, RENEGOTIATION_OPEN, "the renegotiation for acquisition "
                + (renegotiation == null ? "" : renegotiation.acquisitionId()) + " is still open");
        Version before = termsInForceOn(command.effectiveDate())
                .flatMap(inForce -> version(inForce.termsVersion()))
                .orElse(versions.get(0));
        LocalDate deadline = command.effectiveDate().plusDays(before.terms().renegotiationWindowDaysOrDefault());
        apply(new RenegotiationOpened(agreementId, command.acquisitionId(), command.acquiredVendorId(),
                command.acquirerId(), command.effectiveDate(), deadline, before.termsVersion(), before.terms(),
                command.occurredAt()));
        Instant due = startOfDayAfter(deadline);
        if (due.isAfter(command.occurredAt())) {
            deadlines.schedule(due, RENEGOTIATION_DEADLINE, new RenegotiationDue(command.acquisitionId(), deadline, due));
        } else {
            apply(new RenegotiationOverdue(agreementId, command.acquisitionId(), deadline, due, command.occurredAt()),
                    BY_THE_PLATFORM);
        }
    }

    @DeadlineHandler(deadlineName = RENEGOTIATION_DEADLINE)
    void on(RenegotiationDue due) {
        if (status == AgreementStatus.ACTIVE && renegotiation != null && !renegotiation.overdue()
                && renegotiation.acquisitionId().equals(due.acquisitionId())) {
            apply(new RenegotiationOverdue(agreementId, due.acquisitionId(), due.deadline(), due.dueAt(), due.dueAt()),
                    BY_THE_PLATFORM);
        }
    }

    /** Overdue renegotiations may still be concluded: late is not never. */
    @CommandHandler
    void handle(ConcludeRenegotiation command, DeadlineManager deadlines) {
        require(renegotiation != null, RENEGOTIATION_NOT_OPEN, "no renegotiation is open on this agreement");
        requireActive(command.occurredAt());
        Renegotiation open = renegotiation;
        require(command.outcome() == RenegotiationOutcome.REVISED || command.revision() == null,
                REVISION_ONLY_FOR_REVISED, "only a REVISED outcome names a revision");
        require(command.outcome() == RenegotiationOutcome.TERMINATED || command.terminationEffectiveDate() == null,
                TERMINATION_DATE_ONLY_FOR_TERMINATED, "only a TERMINATED outcome has a termination date");
        switch (command.outcome()) {
            case CONFIRMED -> {
                require(openRevision == null || openRevision.reason() != RevisionReason.ACQUISITION,
                        ACQUISITION_REVISION_OPEN, "revision " + (openRevision == null ? 0 : openRevision.number())
                                + " (reason ACQUISITION) is open: agree it and conclude REVISED, or withdraw or reject it");
                Version latest = latestVersion();
                apply(new RenegotiationConcluded(agreementId, open.acquisitionId(), RenegotiationOutcome.CONFIRMED,
                        null, open.versionBefore(), latest.termsVersion(), latest.terms(), command.occurredAt()));
                apply(new AgreementAssignedToVendor(agreementId, vendorId, open.acquirerId(), open.acquisitionId(),
                        command.occurredAt()));
            }
            case REVISED -> {
                require(command.revision() != null, REVISION_REQUIRED,
                        "a REVISED outcome names the revision (reason ACQUISITION) both parties agreed");
                require(command.revision() >= 1 && command.revision() <= revisionsProposed, REVISION_NOT_FOUND,
                        "no revision " + command.revision());
                Integer termsVersion = acquisitionRevisions.get(command.revision());
                require(termsVersion != null, REVISION_NOT_AGREED_FOR_ACQUISITION, "revision " + command.revision()
                        + " was not agreed by both parties with reason ACQUISITION during this renegotiation");
                Version after = version(termsVersion).orElseThrow();
                apply(new RenegotiationConcluded(agreementId, open.acquisitionId(), RenegotiationOutcome.REVISED,
                        command.revision(), open.versionBefore(), after.termsVersion(), after.terms(),
                        command.occurredAt()));
                apply(new AgreementAssignedToVendor(agreementId, vendorId, open.acquirerId(), open.acquisitionId(),
                        command.occurredAt()));
            }
            case TERMINATED -> {
                LocalDate today = dayOf(command.occurredAt());
                LocalDate effective = command.terminationEffectiveDate() == null ? today : command.terminationEffectiveDate();
                require(!effective.isBefore(today), TERMINATION_DATE_IN_PAST,
                        "a termination takes effect today (" + today + ") or later, not on " + effective);
                require(effectiveTo == null || !effective.isAfter(effectiveTo.plusDays(1)),
                        TERMINATION_AFTER_AGREEMENT_END, "the agreement ends on " + effectiveTo + " anyway");
                apply(new RenegotiationConcluded(agreementId, open.acquisitionId(), RenegotiationOutcome.TERMINATED,
                        null, open.versionBefore(), null, null, command.occurredAt()));
                apply(new AgreementTerminated(agreementId, TerminationReason.ACQUISITION, null, effective,
                        command.occurredAt()));
                deadlines.cancelAllWithinScope(EXPIRY);
            }
        }
        deadlines.cancelAllWithinScope(RENEGOTIATION_DEADLINE);
    }

    /** Called by a termination decided elsewhere (for cause, convenience): it ends an open renegotiation too. */
    private void concludeRenegotiationOnTermination(Instant now, DeadlineManager deadlines) {
        if (renegotiation != null) {
            apply(new RenegotiationConcluded(agreementId, renegotiation.acquisitionId(), RenegotiationOutcome.TERMINATED,
                    null, renegotiation.versionBefore(), null, null, now));
            deadlines.cancelAllWithinScope(RENEGOTIATION_DEADLINE);
        }
    }

    private Optional<Version> version(int termsVersion) {
        return versions.stream().filter(version -> version.termsVersion() == termsVersion).findFirst();
    }

    /** Called from the RevisionAgreed handler: what a REVISED conclusion may name. */
    private void noteRevisionAgreedDuringRenegotiation(RevisionAgreed event) {
        if (renegotiation != null && event.reason() == RevisionReason.ACQUISITION) {
            acquisitionRevisions.put(event.revision(), event.termsVersion());
        }
    }

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

    @EventSourcingHandler
    void on(AgreementAssignedToVendor event) {
        vendorId = event.toVendorId();
    }

    // ---- decisions' helpers -----------------------------------------------------------------------------------

    private void requireNegotiable() {
        require(status == AgreementStatus.DRAFT || status == AgreementStatus.NEGOTIATION, AGREEMENT_NOT_IN_NEGOTIATION,
                "the agreement is " + status + (status == AgreementStatus.ACTIVE
                        ? ": its terms change through revisions" : ": it can no longer be negotiated"));
    }

    /** ACTIVE, and not past its end even if the expiry deadline has not been processed yet. */
    private void requireActive(Instant now) {
        require(status == AgreementStatus.ACTIVE, AGREEMENT_NOT_ACTIVE, "the agreement is " + status);
        require(effectiveTo == null || now.isBefore(startOfDayAfter(effectiveTo)), AGREEMENT_NOT_ACTIVE,
                "the agreement ended with " + effectiveTo);
    }

    /** Never before the day it is agreed (in the coverage time zone), never before the version in force. */
    private void requireRevisionDate(LocalDate effective, Instant now) {
        LocalDate today = dayOf(now);
        require(!effective.isBefore(today), REVISION_EFFECTIVE_DATE_PASSED,
                "a revision takes effect on or after the day it is agreed (" + today + " in " + zone()
                        + "), not on " + effective);
        Version latest = latestVersion();
        require(!effective.isBefore(latest.effectiveFrom()), REVISION_BEFORE_VERSION_IN_FORCE,
                "version " + latest.termsVersion() + " is in force from " + latest.effectiveFrom()
                        + ": a revision cannot take effect before it");
        require(effectiveTo == null || !effective.isAfter(effectiveTo), REVISION_AFTER_AGREEMENT_END,
                "the agreement ends on " + effectiveTo + ", before " + effective);
    }

    private Optional<Proposal> pendingProposal() {
        return proposals.values().stream().filter(p -> p.status() == ProposalStatus.PENDING).findFirst();
    }

    private Proposal pendingProposal(String proposalId) {
        requireNegotiable();
        Proposal proposal = proposals.get(proposalId);
        require(proposal != null, PROPOSAL_NOT_FOUND, "no proposal " + proposalId + " on this agreement");
        require(proposal.status() == ProposalStatus.PENDING, PROPOSAL_NOT_PENDING,
                "proposal " + proposalId + " is " + proposal.status());
        return proposal;
    }

    private OpenRevision openRevision(int number) {
        require(number >= 1 && number <= revisionsProposed, REVISION_NOT_FOUND, "no revision " + number);
        require(openRevision != null && openRevision.number() == number, REVISION_NOT_OPEN,
                "revision " + number + " is no longer open");
        return openRevision;
    }

    /**
     * Validates terms as stated and returns the complete terms they amount to: a MULTI_LEVEL child's own terms
     * over its parent's current terms, anyone else's as they are.
     */
    private AgreementTerms effectiveTerms(AgreementTerms stated, ParentAgreements parents) {
        if (parentAgreementId == null) {
            requireValid(TermsRules.validate(stated));
            return stated;
        }
        requireValid(TermsRules.validatePartial(stated));
        AgreementTerms effective = parents.parent(parentAgreementId).currentTerms().overriddenBy(stated);
        requireValid(TermsRules.validate(effective));
        return effective;
    }

    /**
     * A vendor's user acts only on its own vendor's agreements, the vendor the agreement is with now (after an
     * acquisition, the acquirer). Any other agreement is answered as an unknown id: checked first, so no other rule's
     * answer (nor If-Match's) tells the vendor anything about it.
     */
    private void requireOwnAgreement(String actingVendor) {
        require(actingVendor.equals(vendorId.value()), NOT_FOUND,
                "nothing is recorded under id " + agreementId);
    }

    private static void requireValid(List<RuleViolation> violations) {
        if (!violations.isEmpty()) {
            throw BusinessRuleViolation.of(violations);
        }
    }

    private void scheduleExpiry(DeadlineManager deadlines) {
        if (effectiveTo != null) {
            Instant due = startOfDayAfter(effectiveTo);
            deadlines.schedule(due, EXPIRY, new ExpiryDue(effectiveTo, due));
        }
    }

    private Instant startOfDayAfter(LocalDate day) {
        return day.plusDays(1).atStartOfDay(zone()).toInstant();
    }

    private LocalDate dayOf(Instant instant) {
        return instant.atZone(zone()).toLocalDate();
    }

    /** The coverage time zone of the current terms: where the agreement's days begin and end. */
    private ZoneId zone() {
        return ZoneId.of(currentTerms().coverage().timeZone());
    }

    private Version latestVersion() {
        return versions.get(versions.size() - 1);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String strip(String text) {
        return blank(text) ? null : text.strip();
    }

    // ---- state ------------------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(AgreementDrafted event) {
        this.agreementId = event.agreementId();
        this.vendorId = event.vendorId();
        this.type = event.type();
        this.status = AgreementStatus.DRAFT;
        this.effectiveFrom = event.effectiveFrom();
        this.effectiveTo = event.effectiveTo();
        this.parentAgreementId = event.parentAgreementId();
        this.tableOwnTerms = event.terms();
        this.tableTerms = event.effectiveTerms();
    }

    @EventSourcingHandler
    void on(TermsProposed event) {
        status = AgreementStatus.NEGOTIATION;
        if (event.counters() != null) {
            proposals.computeIfPresent(event.counters(), (id, countered) -> countered.with(ProposalStatus.COUNTERED));
        }
        proposals.put(event.proposalId(), new Proposal(event.proposalId(), event.party(), ProposalStatus.PENDING,
                event.terms(), event.effectiveTerms()));
    }

    @EventSourcingHandler
    void on(ProposalAccepted event) {
        Proposal accepted = proposals.computeIfPresent(event.proposalId(), (id, p) -> p.with(ProposalStatus.ACCEPTED));
        tableOwnTerms = accepted.ownTerms();
        tableTerms = accepted.terms();
        tableProposalId = accepted.id();
        signatories.clear();
    }

    @EventSourcingHandler
    void on(ProposalRejected event) {
        proposals.computeIfPresent(event.proposalId(), (id, p) -> p.with(ProposalStatus.REJECTED));
    }

    @EventSourcingHandler
    void on(ProposalWithdrawn event) {
        proposals.computeIfPresent(event.proposalId(), (id, p) -> p.with(ProposalStatus.WITHDRAWN));
    }

    @EventSourcingHandler
    void on(AgreementSigned event) {
        signatories.put(event.party(), event.signatory());
    }

    @EventSourcingHandler
    void on(AgreementActivated event) {
        status = AgreementStatus.ACTIVE;
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
        noteRevisionAgreedDuringRenegotiation(event);
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
    void on(AgreementRenewed event) {
        effectiveTo = event.effectiveTo();
    }

    @EventSourcingHandler
    void on(AgreementExpired event) {
        status = AgreementStatus.EXPIRED;
        openRevision = null;
    }

    @EventSourcingHandler
    void on(AgreementTerminated event) {
        status = AgreementStatus.TERMINATED;
        terminatedFrom = event.effectiveDate();
        openRevision = null;
    }

    @EventSourcingHandler
    void on(TerminationRightGranted event) {
        terminationRights.put(event.rightId(), new Right(event.rightId(), event.serviceLevelId(), event.exerciseBy(),
                TerminationRightStatus.OPEN));
    }

    @EventSourcingHandler
    void on(TerminationRightExercised event) {
        terminationRights.computeIfPresent(event.rightId(), (id, r) -> new Right(r.id(), r.serviceLevelId(),
                r.exerciseBy(), TerminationRightStatus.EXERCISED));
    }

    @EventSourcingHandler
    void on(TerminationRightLapsed event) {
        terminationRights.computeIfPresent(event.rightId(), (id, r) -> new Right(r.id(), r.serviceLevelId(),
                r.exerciseBy(), TerminationRightStatus.LAPSED));
    }

    // ---- what other parts of the write side read (through Repository<Agreement>) --------------------------------

    public AgreementStatus status() {
        return status;
    }

    public VendorId vendorId() {
        return vendorId;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    /** The last day in force as agreed (null while open-ended); see {@link #lastDayInForce()} after termination. */
    public LocalDate effectiveTo() {
        return effectiveTo;
    }

    /** The agreement's last day in force: the day before a termination takes effect, else effectiveTo (or null). */
    public LocalDate lastDayInForce() {
        return terminatedFrom != null ? terminatedFrom.minusDays(1) : effectiveTo;
    }

    /**
     * The version of the terms in force on {@code day}, from the versions history: the latest agreed version whose
     * effective date has come. Empty before signature and before version 1 takes effect.
     */
    public Optional<TermsInForce> termsInForceOn(LocalDate day) {
        return versions.stream()
                .filter(version -> !version.effectiveFrom().isAfter(day))
                .reduce((earlier, later) -> later.termsVersion() > earlier.termsVersion() ? later : earlier)
                .map(version -> new TermsInForce(version.termsVersion(), version.terms()));
    }

    public AgreementType type() {
        return type;
    }

    /** The current complete terms: the latest agreed version's, or the terms on the table before signature. */
    public AgreementTerms currentTerms() {
        return versions.isEmpty() ? tableTerms : latestVersion().terms();
    }
}
