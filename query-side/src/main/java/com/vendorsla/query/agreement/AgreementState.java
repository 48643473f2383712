package com.vendorsla.query.agreement;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.vendorsla.sharedkernel.agreement.AgreementStatus;
import com.vendorsla.sharedkernel.agreement.AgreementType;
import com.vendorsla.sharedkernel.agreement.ProposalStatus;
import com.vendorsla.sharedkernel.agreement.RenegotiationStatus;
import com.vendorsla.sharedkernel.agreement.RevisionReason;
import com.vendorsla.sharedkernel.agreement.RevisionStatus;
import com.vendorsla.sharedkernel.agreement.TerminationRightStatus;
import com.vendorsla.sharedkernel.agreement.event.AgreementActivated;
import com.vendorsla.sharedkernel.agreement.event.AgreementAssignedToVendor;
import com.vendorsla.sharedkernel.agreement.event.AgreementDrafted;
import com.vendorsla.sharedkernel.agreement.event.AgreementEvent;
import com.vendorsla.sharedkernel.agreement.event.AgreementExpired;
import com.vendorsla.sharedkernel.agreement.event.AgreementRenewed;
import com.vendorsla.sharedkernel.agreement.event.AgreementSigned;
import com.vendorsla.sharedkernel.agreement.event.AgreementTerminated;
import com.vendorsla.sharedkernel.agreement.event.ProposalAccepted;
import com.vendorsla.sharedkernel.agreement.event.ProposalRejected;
import com.vendorsla.sharedkernel.agreement.event.ProposalWithdrawn;
import com.vendorsla.sharedkernel.agreement.event.RenegotiationConcluded;
import com.vendorsla.sharedkernel.agreement.event.RenegotiationOpened;
import com.vendorsla.sharedkernel.agreement.event.RenegotiationOverdue;
import com.vendorsla.sharedkernel.agreement.event.RevisionAgreed;
import com.vendorsla.sharedkernel.agreement.event.RevisionApproved;
import com.vendorsla.sharedkernel.agreement.event.RevisionProposed;
import com.vendorsla.sharedkernel.agreement.event.RevisionRejected;
import com.vendorsla.sharedkernel.agreement.event.RevisionWithdrawn;
import com.vendorsla.sharedkernel.agreement.event.TermsProposed;
import com.vendorsla.sharedkernel.agreement.event.TerminationRightExercised;
import com.vendorsla.sharedkernel.agreement.event.TerminationRightGranted;
import com.vendorsla.sharedkernel.agreement.event.TerminationRightLapsed;
import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;
import com.vendorsla.sharedkernel.common.Party;
import com.vendorsla.sharedkernel.agreement.query.AgreementView;
import com.vendorsla.sharedkernel.agreement.query.AgreementVersionSummary;
import com.vendorsla.sharedkernel.agreement.query.AgreementVersionView;
import com.vendorsla.sharedkernel.agreement.query.SignatureView;
import com.vendorsla.sharedkernel.agreement.query.TerminationView;
import com.vendorsla.sharedkernel.agreement.query.RevisionView;
import com.vendorsla.sharedkernel.agreement.query.ProposalView;
import com.vendorsla.sharedkernel.agreement.query.TerminationRightView;
import com.vendorsla.sharedkernel.agreement.query.TermsProvenance;
import com.vendorsla.sharedkernel.agreement.query.RenegotiationView;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An agreement as its events tell it: a pure left fold over the agreement's event stream. The read model stores
 * it (one JSON document per agreement, advanced event by event) and as-of rebuilds it from the event store up to
 * an instant, so both read the events the same way; {@link #view} then shows it for a given day.
 * <p>
 * {@link #apply} ignores an event whose sequence number it has already taken in, so redelivery and replay are
 * harmless.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class AgreementState {

    /** One version of the terms, kept with the terms as agreed. */
    public record Version(int termsVersion, LocalDate effectiveFrom, Integer revision,
                          RevisionReason reason, Instant agreedAt,
                          AgreementTerms terms, AgreementTerms ownTerms) {
    }

    private String id;
    private String vendorId;
    private String title;
    private AgreementType type;
    private String customer;
    private AgreementStatus status;
    private long version = -1;
    private LocalDate effectiveFrom;
    private LocalDate effectiveTo;
    private String parentAgreementId;
    private String underpinsAgreementId;
    /** Terms on the table during negotiation: the draft's, then those of the last accepted proposal. */
    private AgreementTerms tableTerms;
    private AgreementTerms tableOwnTerms;
    private List<ProposalView> proposals = new ArrayList<>();
    private List<SignatureView> signatures = new ArrayList<>();
    private List<RevisionView> revisions = new ArrayList<>();
    private List<Version> versions = new ArrayList<>();
    private List<TerminationRightView> terminationRights = new ArrayList<>();
    private TerminationView termination;
    /** The renegotiation after the vendor's acquisition while it is open; the legal view keeps the concluded ones. */
    private RenegotiationView renegotiation;

    /** The state after the given events, in stream order (the sequence numbers are those of the store). */
    public static AgreementState of(List<SequencedEvent> events) {
        AgreementState state = new AgreementState();
        events.forEach(event -> state.apply(event.event(), event.sequence()));
        return state;
    }

    /** An agreement event with its sequence number in the aggregate's stream. */
    public record SequencedEvent(AgreementEvent event, long sequence) {
    }

    public boolean exists() {
        return id != null;
    }

    public long version() {
        return version;
    }

    public String id() {
        return id;
    }

    /**
     * Takes one event in. Answers false, changing nothing, for an event at or before the sequence number already
     * taken in.
     */
    public boolean apply(AgreementEvent event, long sequence) {
        if (sequence <= version) {
            return false;
        }
        if (event instanceof AgreementDrafted e) {
            drafted(e);
        } else if (event instanceof TermsProposed e) {
            if (status == AgreementStatus.DRAFT) {
                status = AgreementStatus.NEGOTIATION;
            }
            if (e.counters() != null) {
                closeProposal(e.counters(), ProposalStatus.COUNTERED, null, e.occurredAt());
            }
            proposals.add(new ProposalView(e.proposalId(), e.party(), ProposalStatus.PENDING, e.rationale(),
                    e.counters(), e.occurredAt(), e.effectiveTerms(), ownTermsIfChild(e.terms()), null, null));
        } else if (event instanceof ProposalAccepted e) {
            proposal(e.proposalId()).ifPresent(accepted -> {
                tableTerms = accepted.terms();
                tableOwnTerms = accepted.ownTerms();
            });
            signatures = new ArrayList<>();
            closeProposal(e.proposalId(), ProposalStatus.ACCEPTED, null, e.occurredAt());
        } else if (event instanceof ProposalRejected e) {
            closeProposal(e.proposalId(), ProposalStatus.REJECTED, e.reason(), e.occurredAt());
        } else if (event instanceof ProposalWithdrawn e) {
            closeProposal(e.proposalId(), ProposalStatus.WITHDRAWN, e.reason(), e.occurredAt());
        } else if (event instanceof AgreementSigned e) {
            signatures.add(new SignatureView(e.party(), e.signatory(), e.occurredAt()));
        } else if (event instanceof AgreementActivated e) {
            status = AgreementStatus.ACTIVE;
            effectiveFrom = e.effectiveFrom();
            effectiveTo = e.effectiveTo();
            versions.add(new Version(e.termsVersion(), e.effectiveFrom(), null, null, e.occurredAt(),
                    e.effectiveTerms(), ownTermsIfChild(e.terms())));
        } else if (event instanceof RevisionProposed e) {
            revisions.add(new RevisionView(e.revision(), e.proposedBy(), e.reason(), e.effectiveFrom(),
                    e.rationale(), e.occurredAt(), RevisionStatus.OPEN, List.of(), e.effectiveTerms(),
                    ownTermsIfChild(e.terms()), null, null, null));
        } else if (event instanceof RevisionApproved e) {
            revisions.replaceAll(r -> r.revision() == e.revision() ? r.approvedBy(e.party()) : r);
        } else if (event instanceof RevisionAgreed e) {
            versions.add(new Version(e.termsVersion(), e.effectiveFrom(), e.revision(), e.reason(), e.occurredAt(),
                    e.effectiveTerms(), ownTermsIfChild(e.terms())));
            closeRevision(e.revision(), RevisionStatus.AGREED, e.termsVersion(), null, e.occurredAt());
        } else if (event instanceof RevisionRejected e) {
            closeRevision(e.revision(), RevisionStatus.REJECTED, null, e.reason(), e.occurredAt());
        } else if (event instanceof RevisionWithdrawn e) {
            closeRevision(e.revision(), RevisionStatus.WITHDRAWN, null, e.reason(), e.occurredAt());
        } else if (event instanceof AgreementRenewed e) {
            effectiveTo = e.effectiveTo();
        } else if (event instanceof AgreementExpired e) {
            status = AgreementStatus.EXPIRED;
            ended(e.occurredAt());
        } else if (event instanceof AgreementTerminated e) {
            status = AgreementStatus.TERMINATED;
            termination = new TerminationView(e.reason(), e.terminationRightId(), e.effectiveDate(), e.occurredAt());
            ended(e.occurredAt());
        } else if (event instanceof TerminationRightGranted e) {
            terminationRights.add(new TerminationRightView(e.rightId(), e.serviceLevelId(), e.cause(), e.periods(),
                    e.grantedOn(), e.exerciseBy(), TerminationRightStatus.OPEN, null));
        } else if (event instanceof TerminationRightExercised e) {
            closeRight(e.rightId(), TerminationRightStatus.EXERCISED, e.occurredAt());
        } else if (event instanceof TerminationRightLapsed e) {
            closeRight(e.rightId(), TerminationRightStatus.LAPSED, e.occurredAt());
        } else if (event instanceof RenegotiationOpened e) {
            renegotiation = new RenegotiationView(RenegotiationStatus.OPEN, e.deadline(), null, null, e.occurredAt(),
                    null, null, null, e.acquisitionId().value(), e.acquirerId().value());
        } else if (event instanceof RenegotiationOverdue e) {
            renegotiation = renegotiation == null ? null : renegotiation.overdueSince(e.overdueSince());
        } else if (event instanceof RenegotiationConcluded) {
            renegotiation = null;
        } else if (event instanceof AgreementAssignedToVendor e) {
            vendorId = e.toVendorId().value();
        }
        version = sequence;
        return true;
    }

    private void drafted(AgreementDrafted e) {
        id = e.agreementId().value();
        vendorId = e.vendorId().value();
        title = e.title();
        type = e.type();
        customer = e.customer();
        status = AgreementStatus.DRAFT;
        effectiveFrom = e.effectiveFrom();
        effectiveTo = e.effectiveTo();
        parentAgreementId = e.parentAgreementId() == null ? null : e.parentAgreementId().value();
        underpinsAgreementId = e.underpinsAgreementId() == null ? null : e.underpinsAgreementId().value();
        tableTerms = e.effectiveTerms();
        tableOwnTerms = ownTermsIfChild(e.terms());
    }

    private AgreementTerms ownTermsIfChild(AgreementTerms own) {
        return parentAgreementId == null ? null : own;
    }

    private Optional<ProposalView> proposal(String proposalId) {
        return proposals.stream().filter(p -> p.proposalId().equals(proposalId)).findFirst();
    }

    private void closeProposal(String proposalId, ProposalStatus outcome, String reason, Instant at) {
        proposals.replaceAll(p -> p.proposalId().equals(proposalId) && p.status() == ProposalStatus.PENDING
                ? p.closed(outcome, reason, at) : p);
    }

    private void closeRevision(int number, RevisionStatus outcome, Integer termsVersion, String reason, Instant at) {
        revisions.replaceAll(r -> r.revision() == number && r.status() == RevisionStatus.OPEN
                ? r.closed(outcome, termsVersion, reason, at) : r);
    }

    /** An agreement that ended leaves nothing open: a pending proposal or an open revision lapses with it. */
    private void ended(Instant at) {
        proposals.replaceAll(p -> p.status() == ProposalStatus.PENDING ? p.closed(ProposalStatus.WITHDRAWN,
                "the agreement ended", at) : p);
        revisions.replaceAll(r -> r.status() == RevisionStatus.OPEN ? r.closed(RevisionStatus.LAPSED, null,
                "the agreement ended", at) : r);
    }

    private void closeRight(String rightId, TerminationRightStatus closed, Instant at) {
        terminationRights.replaceAll(right -> right.id().equals(rightId) && right.status() == TerminationRightStatus.OPEN
                ? new TerminationRightView(right.id(), right.serviceLevelId(), right.cause(), right.periods(),
                right.grantedOn(), right.exerciseBy(), closed, at)
                : right);
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    /** The coverage time zone of the latest terms: the one in which the agreement's days are counted. */
    public ZoneId zone() {
        AgreementTerms terms = versions.isEmpty() ? tableTerms : versions.get(versions.size() - 1).terms();
        try {
            return ZoneId.of(terms.coverage().timeZone());
        } catch (RuntimeException e) {
            return ZoneOffset.UTC;
        }
    }

    /** The business day of an instant in the agreement's coverage time zone. */
    public LocalDate dayOf(Instant instant) {
        return instant.atZone(zone()).toLocalDate();
    }

    /** The version in force on {@code day}: the latest agreed one whose effective date has come, else version 1. */
    public Optional<Version> versionInForceOn(LocalDate day) {
        Version inForce = null;
        for (Version candidate : versions) {
            if (!candidate.effectiveFrom().isAfter(day)
                    && (inForce == null || candidate.termsVersion() > inForce.termsVersion())) {
                inForce = candidate;
            }
        }
        return Optional.ofNullable(inForce != null ? inForce : versions.isEmpty() ? null : versions.get(0));
    }

    /** The agreement as it stands on {@code day}; {@code asOf} is echoed for as-of answers, else null. */
    public AgreementView view(LocalDate day, Instant asOf) {
        Optional<Version> inForce = versionInForceOn(day);
        AgreementTerms terms = inForce.map(Version::terms).orElse(tableTerms);
        AgreementTerms own = inForce.map(Version::ownTerms).orElse(tableOwnTerms);
        return new AgreementView(id, vendorId, title, type, customer, status, version,
                inForce.map(Version::termsVersion).orElse(0), terms, effectiveFrom, effectiveTo,
                parentAgreementId, underpinsAgreementId, inForce.map(Version::effectiveFrom).orElse(null),
                latestTermsVersion(), provenance(own, terms), openProposal().orElse(null), openRevision().orElse(null),
                signatures,
                termination, asOf, renegotiation);
    }

    public Optional<ProposalView> openProposal() {
        return proposals.stream().filter(p -> p.status() == ProposalStatus.PENDING).findFirst();
    }

    public Optional<RevisionView> openRevision() {
        return revisions.stream().filter(r -> r.status() == RevisionStatus.OPEN).findFirst();
    }

    public List<ProposalView> proposals() {
        return List.copyOf(proposals);
    }

    public Optional<ProposalView> proposalView(String proposalId) {
        return proposal(proposalId);
    }

    public List<RevisionView> revisions() {
        return List.copyOf(revisions);
    }

    public Optional<RevisionView> revision(int number) {
        return revisions.stream().filter(r -> r.revision() == number).findFirst();
    }

    public int latestTermsVersion() {
        return versions.isEmpty() ? 0 : versions.get(versions.size() - 1).termsVersion();
    }

    private TermsProvenance provenance(AgreementTerms own, AgreementTerms effective) {
        return parentAgreementId == null ? null : TermsProvenance.of(id, parentAgreementId, own, effective);
    }

    public List<AgreementVersionSummary> versionSummaries() {
        return versions.stream().map(v -> new AgreementVersionSummary(v.termsVersion(), v.effectiveFrom(),
                v.revision(), v.reason(), v.agreedAt())).toList();
    }

    public Optional<AgreementVersionView> version(int termsVersion) {
        return versions.stream().filter(v -> v.termsVersion() == termsVersion).findFirst()
                .map(v -> new AgreementVersionView(v.termsVersion(), v.effectiveFrom(), v.revision(), v.reason(),
                        v.agreedAt(), v.terms(), v.ownTerms(), provenance(v.ownTerms(), v.terms())));
    }

    public List<TerminationRightView> terminationRights() {
        return List.copyOf(terminationRights);
    }

    public String vendorId() {
        return vendorId;
    }

    public String title() {
        return title;
    }

    public String customer() {
        return customer;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public LocalDate effectiveTo() {
        return effectiveTo;
    }

    public AgreementType type() {
        return type;
    }

    public AgreementStatus status() {
        return status;
    }
}
