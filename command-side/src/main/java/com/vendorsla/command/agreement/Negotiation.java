package com.vendorsla.command.agreement;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.ProposalStatus;
import com.vendorsla.sharedkernel.agreement.command.AcceptProposal;
import com.vendorsla.sharedkernel.agreement.command.ProposeTerms;
import com.vendorsla.sharedkernel.agreement.command.RejectProposal;
import com.vendorsla.sharedkernel.agreement.command.SignAgreement;
import com.vendorsla.sharedkernel.agreement.command.WithdrawProposal;
import com.vendorsla.sharedkernel.agreement.event.AgreementActivated;
import com.vendorsla.sharedkernel.agreement.event.AgreementDrafted;
import com.vendorsla.sharedkernel.agreement.event.AgreementSigned;
import com.vendorsla.sharedkernel.agreement.event.ProposalAccepted;
import com.vendorsla.sharedkernel.agreement.event.ProposalRejected;
import com.vendorsla.sharedkernel.agreement.event.ProposalWithdrawn;
import com.vendorsla.sharedkernel.agreement.event.TermsProposed;
import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;
import com.vendorsla.sharedkernel.common.Party;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static com.vendorsla.command.agreement.AgreementRules.*;
import static com.vendorsla.sharedkernel.common.RuleCode.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The agreement's negotiation before signature: proposals and counter-proposals, the terms on the table and the
 * signatures on them. A member of {@link Agreement}, which checks the agreement is still negotiable first.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class Negotiation {

    record Proposal(String id, Party party, ProposalStatus status, AgreementTerms ownTerms, AgreementTerms terms) {
        Proposal with(ProposalStatus next) {
            return new Proposal(id, party, next, ownTerms, terms);
        }
    }

    /** Terms on the table: the draft's, then those of the last accepted proposal (null id: the draft's). */
    private AgreementTerms tableOwnTerms;
    private AgreementTerms tableTerms;
    private String tableProposalId;
    private Map<String, Proposal> proposals = new LinkedHashMap<>();
    /** Signatures on the terms on the table; accepting another proposal voids them. */
    private Map<Party, String> signatories = new LinkedHashMap<>();

    // ---- decisions --------------------------------------------------------------------------------------------

    /**
     * A proposal while the other party's is pending counters it; one's own pending proposal must go first.
     * {@code complete} validates the stated terms and returns the complete terms they amount to.
     */
    void propose(AgreementId agreementId, ProposeTerms command, UnaryOperator<AgreementTerms> complete) {
        require(!blank(command.rationale()), RATIONALE_REQUIRED, "a proposal states its rationale");
        require(!proposals.containsKey(command.proposalId()), DUPLICATE_PROPOSAL_ID,
                "proposal " + command.proposalId() + " exists already");
        Optional<Proposal> pending = pendingProposal();
        require(pending.map(p -> p.party() != command.party()).orElse(true), PROPOSAL_PENDING,
                "proposal " + pending.map(Proposal::id).orElse("") + " of " + command.party()
                        + " is still pending: withdraw it before proposing again");
        AgreementTerms effective = complete.apply(command.terms());
        apply(new TermsProposed(agreementId, command.proposalId(), command.party(), command.terms(), effective,
                command.rationale().strip(), pending.map(Proposal::id).orElse(null), command.occurredAt()));
    }

    void accept(AgreementId agreementId, AcceptProposal command) {
        Proposal proposal = pendingProposal(command.proposalId());
        require(proposal.party() != command.party(), OWN_PROPOSAL, "a party cannot accept its own proposal");
        apply(new ProposalAccepted(agreementId, proposal.id(), command.party(), command.occurredAt()));
    }

    void reject(AgreementId agreementId, RejectProposal command) {
        Proposal proposal = pendingProposal(command.proposalId());
        require(proposal.party() != command.party(), OWN_PROPOSAL,
                "a party cannot reject its own proposal: withdraw it instead");
        require(!blank(command.reason()), REASON_REQUIRED, "a rejection states its reason");
        apply(new ProposalRejected(agreementId, proposal.id(), command.party(), command.reason().strip(),
                command.occurredAt()));
    }

    void withdraw(AgreementId agreementId, WithdrawProposal command) {
        Proposal proposal = pendingProposal(command.proposalId());
        require(proposal.party() == command.party(), NOT_PROPOSER,
                "only " + proposal.party() + ", who proposed it, may withdraw proposal " + proposal.id());
        apply(new ProposalWithdrawn(agreementId, proposal.id(), command.party(), strip(command.reason()),
                command.occurredAt()));
    }

    /** A signature names its signatory, on terms no pending proposal may still change, once per party. */
    void requireSignable(SignAgreement command) {
        require(!blank(command.signatory()), SIGNATORY_REQUIRED, "a signature names its signatory");
        require(pendingProposal().isEmpty(), PROPOSAL_PENDING,
                "proposal " + pendingProposal().map(Proposal::id).orElse("") + " is pending: accept, reject or "
                        + "withdraw it before signing");
        require(!signatories.containsKey(command.party()), ALREADY_SIGNED,
                command.party() + " has signed the terms on the table already");
    }

    /**
     * Records the signature; the second one, both parties' on the same terms on the table, activates the agreement
     * with version 1 of those terms. Answers whether it did.
     */
    boolean sign(AgreementId agreementId, SignAgreement command, LocalDate effectiveFrom, LocalDate effectiveTo) {
        apply(new AgreementSigned(agreementId, command.party(), command.signatory().strip(), tableProposalId,
                command.occurredAt()));
        if (signatories.size() < Party.values().length) {
            return false;
        }
        apply(new AgreementActivated(agreementId, 1, tableProposalId, tableOwnTerms, tableTerms, effectiveFrom,
                effectiveTo, command.occurredAt()));
        return true;
    }

    private Optional<Proposal> pendingProposal() {
        return proposals.values().stream().filter(p -> p.status() == ProposalStatus.PENDING).findFirst();
    }

    private Proposal pendingProposal(String proposalId) {
        Proposal proposal = proposals.get(proposalId);
        require(proposal != null, PROPOSAL_NOT_FOUND, "no proposal " + proposalId + " on this agreement");
        require(proposal.status() == ProposalStatus.PENDING, PROPOSAL_NOT_PENDING,
                "proposal " + proposalId + " is " + proposal.status());
        return proposal;
    }

    /** The complete terms on the table: what the agreement would take effect with if both parties signed now. */
    AgreementTerms tableTerms() {
        return tableTerms;
    }

    // ---- state ------------------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(AgreementDrafted event) {
        tableOwnTerms = event.terms();
        tableTerms = event.effectiveTerms();
    }

    @EventSourcingHandler
    void on(TermsProposed event) {
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
}
