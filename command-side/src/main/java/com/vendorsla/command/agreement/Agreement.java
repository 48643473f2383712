package com.vendorsla.command.agreement;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.vendorsla.command.config.ExpectedVersion;
import com.vendorsla.command.config.OwnershipFirstTargetResolver;
import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.AgreementStatus;
import com.vendorsla.sharedkernel.agreement.AgreementType;
import com.vendorsla.sharedkernel.agreement.RenegotiationOutcome;
import com.vendorsla.sharedkernel.agreement.TerminationReason;
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
import com.vendorsla.sharedkernel.agreement.event.AgreementTerminated;
import com.vendorsla.sharedkernel.agreement.event.TermsProposed;
import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;
import com.vendorsla.sharedkernel.common.AuditMetadata;
import com.vendorsla.sharedkernel.vendor.VendorId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import static com.vendorsla.command.agreement.AgreementRules.*;
import static com.vendorsla.sharedkernel.common.RuleCode.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An agreement with one vendor, through its whole life: draft, negotiation, signature, versioned revisions,
 * renewal, termination or expiry (domain.md, Agreement lifecycle). Decides in command handlers, changes state
 * only in event sourcing handlers. Time-based rules (expiry, lapse of termination rights, renegotiation deadlines)
 * are persistent deadlines whose payloads carry the business time they were due.
 * <p>
 * The root keeps who the agreement is with, its status, the ownership check and the status rules; the command
 * handlers delegate to members with their own state, event sourcing handlers and decisions: {@link Negotiation},
 * {@link Revisions} (versions of the terms), {@link Validity} (dates, expiry), {@link TerminationRights},
 * {@link Renegotiations} (after an acquisition).
 * <p>
 * A MULTI_LEVEL child keeps its own terms and the complete terms they amount to over its parent's terms at the
 * time of each step (draft, proposal, revision): a later revision of the parent reaches a child through a
 * revision of the child, which both of its parties agree to.
 */
/*
 * Snapshots are written by Jackson 3 from the fields (members included): without field visibility they would lose
 * state. Revision 2: the members' state is nested since then, so snapshots of revision 1 (null) are not read back
 * (Axon's RevisionSnapshotFilter) and the agreement is sourced from its events instead.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
@Revision("2")
@Aggregate(snapshotTriggerDefinition = "snapshotEvery100Events", commandTargetResolver = "ownershipFirstTargetResolver",
        cache = "aggregateCache")
public class Agreement {

    static final String EXPIRY = "agreement-expiry";
    static final String TERMINATION_RIGHT_LAPSE = "termination-right-lapse";
    static final String RENEGOTIATION_DEADLINE = "renegotiation-deadline";
    /** Who acts when a deadline passes: no user, the platform itself. */
    static final MetaData BY_THE_PLATFORM =
            MetaData.with(AuditMetadata.ACTOR, "system").and(AuditMetadata.ROLE, "SYSTEM");

    @AggregateIdentifier
    private AgreementId agreementId;
    private VendorId vendorId;
    private AgreementType type;
    private AgreementStatus status;
    private AgreementId parentAgreementId;
    @AggregateMember
    private Validity validity = new Validity();
    @AggregateMember
    private Negotiation negotiation = new Negotiation();
    @AggregateMember
    private Revisions revisions = new Revisions();
    @AggregateMember
    private TerminationRights terminationRights = new TerminationRights();
    @AggregateMember
    private Renegotiations renegotiations = new Renegotiations();

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
     * agreement must be its vendor's, the vendor it is with now (after an acquisition, the acquirer), and only then is
     * its If-Match compared (see {@link OwnershipFirstTargetResolver}). Any other agreement is answered as an unknown
     * id, so that no other rule's answer (nor If-Match's) tells the vendor anything about it. Customer users carry no
     * vendor id.
     */
    @CommandHandlerInterceptor
    void onBehalfOfAVendor(CommandMessage<?> command, @MetaDataValue(AuditMetadata.ACTING_VENDOR) String actingVendor) {
        if (actingVendor != null) {
            require(actingVendor.equals(vendorId.value()), NOT_FOUND, "nothing is recorded under id " + agreementId);
            ExpectedVersion.require(command);
        }
    }

    // ---- negotiation ------------------------------------------------------------------------------------------

    @CommandHandler
    void handle(ProposeTerms command, ParentAgreements parents) {
        requireNegotiable();
        negotiation.propose(agreementId, command, stated -> parents.completeTerms(parentAgreementId, stated));
    }

    @CommandHandler
    void handle(AcceptProposal command) {
        requireNegotiable();
        negotiation.accept(agreementId, command);
    }

    @CommandHandler
    void handle(RejectProposal command) {
        requireNegotiable();
        negotiation.reject(agreementId, command);
    }

    @CommandHandler
    void handle(WithdrawProposal command) {
        requireNegotiable();
        negotiation.withdraw(agreementId, command);
    }

    /** Both parties' signatures on the same terms on the table activate the agreement with version 1. */
    @CommandHandler
    void handle(SignAgreement command, ParentAgreements parents, DeadlineManager deadlines) {
        requireNegotiable();
        negotiation.requireSignable(command);
        parents.requireActiveParent(parentAgreementId);
        if (negotiation.sign(agreementId, command, validity.effectiveFrom(), validity.effectiveTo())) {
            validity.scheduleExpiry(zone(), deadlines);
        }
    }

    // ---- revisions --------------------------------------------------------------------------------------------

    @CommandHandler
    int handle(ProposeRevision command, ParentAgreements parents) {
        requireActive(command.occurredAt());
        revisions.requireProposable(command.effectiveFrom(), dayOf(command.occurredAt()), zone(),
                validity.effectiveTo());
        return revisions.propose(agreementId, command, parents.completeTerms(parentAgreementId, command.terms()));
    }

    /** An agreed revision that moves the coverage time zone moves the expiry deadline with it. */
    @CommandHandler
    void handle(ApproveRevision command, DeadlineManager deadlines) {
        requireActive(command.occurredAt());
        ZoneId zoneBefore = zone();
        if (revisions.approve(agreementId, command, dayOf(command.occurredAt()), zoneBefore, validity.effectiveTo())
                && validity.effectiveTo() != null && !zone().equals(zoneBefore)) {
            validity.rescheduleExpiry(zone(), deadlines);
        }
    }

    @CommandHandler
    void handle(RejectRevision command) {
        requireActive(command.occurredAt());
        revisions.reject(agreementId, command);
    }

    @CommandHandler
    void handle(WithdrawRevision command) {
        requireActive(command.occurredAt());
        revisions.withdraw(agreementId, command);
    }

    // ---- renewal, expiry, termination -------------------------------------------------------------------------

    @CommandHandler
    void handle(RenewAgreement command, DeadlineManager deadlines) {
        requireActive(command.occurredAt());
        validity.renew(agreementId, command, zone(), deadlines);
    }

    @DeadlineHandler(deadlineName = EXPIRY)
    void on(ExpiryDue due) {
        if (status == AgreementStatus.ACTIVE && due.lastDay().equals(validity.effectiveTo())) {
            apply(new AgreementExpired(agreementId, due.lastDay(), due.dueAt()), BY_THE_PLATFORM);
        }
    }

    /** A termination for cause exercises an open termination right; any termination ends an open renegotiation. */
    @CommandHandler
    void handle(TerminateAgreement command, DeadlineManager deadlines) {
        requireActive(command.occurredAt());
        validity.requireTerminationDate(command.effectiveDate(), dayOf(command.occurredAt()));
        terminationRights.exerciseIfForCause(agreementId, command, dayOf(command.occurredAt()));
        terminate(command.reason(), strip(command.terminationRightId()), command.effectiveDate(), command.occurredAt(),
                deadlines);
    }

    private void terminate(TerminationReason reason, String rightId, LocalDate effective, Instant now,
                           DeadlineManager deadlines) {
        if (renegotiations.isOpen()) {
            renegotiations.concludeTerminated(agreementId, now);
            deadlines.cancelAllWithinScope(RENEGOTIATION_DEADLINE);
        }
        apply(new AgreementTerminated(agreementId, reason, rightId, effective, now));
        deadlines.cancelAllWithinScope(EXPIRY);
    }

    // ---- termination rights (granted by the performance process) ----------------------------------------------

    @CommandHandler
    void handle(GrantTerminationRight command, DeadlineManager deadlines) {
        if (terminationRights.isGranted(command.rightId())) {
            return;
        }
        require(status == AgreementStatus.ACTIVE, AGREEMENT_NOT_ACTIVE,
                "the agreement is " + status + ": no termination right can arise");
        terminationRights.grant(agreementId, command, this::startOfDayAfter, deadlines);
    }

    @DeadlineHandler(deadlineName = TERMINATION_RIGHT_LAPSE)
    void on(TerminationRightLapseDue due) {
        terminationRights.lapse(agreementId, due);
    }

    // ---- renegotiation after an acquisition (see Renegotiations) ----------------------------------------------

    /** The version before: the one in force on the acquisition's effective date (version 1 if it took effect later). */
    @CommandHandler
    void handle(OpenRenegotiation command, DeadlineManager deadlines) {
        if (renegotiations.openedFor(command.acquisitionId())) {
            return;
        }
        requireActive(command.occurredAt());
        require(command.acquiredVendorId().equals(vendorId), AGREEMENT_NOT_WITH_VENDOR,
                "the agreement is with " + vendorId + ", not with " + command.acquiredVendorId());
        renegotiations.open(agreementId, command, revisions.inForceOn(command.effectiveDate()).orElse(revisions.first()),
                this::startOfDayAfter, deadlines);
    }

    @DeadlineHandler(deadlineName = RENEGOTIATION_DEADLINE)
    void on(RenegotiationDue due) {
        if (status == AgreementStatus.ACTIVE) {
            renegotiations.overdue(agreementId, due.acquisitionId(), due.deadline(), due.dueAt(), due.dueAt());
        }
    }

    /** Overdue renegotiations may still be concluded: late is not never. */
    @CommandHandler
    void handle(ConcludeRenegotiation command, DeadlineManager deadlines) {
        require(renegotiations.isOpen(), RENEGOTIATION_NOT_OPEN, "no renegotiation is open on this agreement");
        requireActive(command.occurredAt());
        renegotiations.requireConcludable(command);
        if (command.outcome() == RenegotiationOutcome.TERMINATED) {
            LocalDate today = dayOf(command.occurredAt());
            LocalDate effective = validity.requireTerminationDate(command.terminationEffectiveDate(), today);
            terminate(TerminationReason.ACQUISITION, null, effective, command.occurredAt(), deadlines);
        } else {
            renegotiations.concludeAssigned(agreementId, vendorId, command, revisions);
            deadlines.cancelAllWithinScope(RENEGOTIATION_DEADLINE);
        }
    }

    // ---- status rules and the agreement's days ----------------------------------------------------------------

    private void requireNegotiable() {
        require(status == AgreementStatus.DRAFT || status == AgreementStatus.NEGOTIATION, AGREEMENT_NOT_IN_NEGOTIATION,
                "the agreement is " + status + (status == AgreementStatus.ACTIVE
                        ? ": its terms change through revisions" : ": it can no longer be negotiated"));
    }

    /** ACTIVE, and not past its end even if the expiry deadline has not been processed yet. */
    private void requireActive(Instant now) {
        require(status == AgreementStatus.ACTIVE, AGREEMENT_NOT_ACTIVE, "the agreement is " + status);
        require(!validity.isOver(now, zone()), AGREEMENT_NOT_ACTIVE, "the agreement ended with " + validity.effectiveTo());
    }

    private Instant startOfDayAfter(LocalDate day) {
        return Validity.startOfDayAfter(day, zone());
    }

    private LocalDate dayOf(Instant instant) {
        return instant.atZone(zone()).toLocalDate();
    }

    /** The coverage time zone of the current terms: where the agreement's days begin and end. */
    private ZoneId zone() {
        return ZoneId.of(currentTerms().coverage().timeZone());
    }

    // ---- state (the members keep their own) -------------------------------------------------------------------

    @EventSourcingHandler
    void on(AgreementDrafted event) {
        this.agreementId = event.agreementId();
        this.vendorId = event.vendorId();
        this.type = event.type();
        this.status = AgreementStatus.DRAFT;
        this.parentAgreementId = event.parentAgreementId();
    }

    @EventSourcingHandler
    void on(TermsProposed event) {
        status = AgreementStatus.NEGOTIATION;
    }

    @EventSourcingHandler
    void on(AgreementActivated event) {
        status = AgreementStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(AgreementExpired event) {
        status = AgreementStatus.EXPIRED;
    }

    @EventSourcingHandler
    void on(AgreementTerminated event) {
        status = AgreementStatus.TERMINATED;
    }

    @EventSourcingHandler
    void on(AgreementAssignedToVendor event) {
        vendorId = event.toVendorId();
    }

    // ---- what other parts of the write side read (through Repository<Agreement>) --------------------------------

    public AgreementStatus status() {
        return status;
    }

    public VendorId vendorId() {
        return vendorId;
    }

    public LocalDate effectiveFrom() {
        return validity.effectiveFrom();
    }

    /** The last day in force as agreed (null while open-ended); see {@link #lastDayInForce()} after termination. */
    public LocalDate effectiveTo() {
        return validity.effectiveTo();
    }

    /** The agreement's last day in force: the day before a termination takes effect, else effectiveTo (or null). */
    public LocalDate lastDayInForce() {
        return validity.lastDayInForce();
    }

    /**
     * The version of the terms in force on {@code day}, from the versions history: the latest agreed version whose
     * effective date has come. Empty before signature and before version 1 takes effect.
     */
    public Optional<TermsInForce> termsInForceOn(LocalDate day) {
        return revisions.inForceOn(day).map(version -> new TermsInForce(version.termsVersion(), version.terms()));
    }

    public AgreementType type() {
        return type;
    }

    /** The current complete terms: the latest agreed version's, or the terms on the table before signature. */
    public AgreementTerms currentTerms() {
        return revisions.isEmpty() ? negotiation.tableTerms() : revisions.latest().terms();
    }
}
