package com.vendorsla.query.agreement;

import com.vendorsla.query.asof.RecordedEvents;
import com.vendorsla.sharedkernel.agreement.event.AgreementEvent;
import com.vendorsla.sharedkernel.agreement.query.AgreementSummary;
import com.vendorsla.sharedkernel.agreement.query.AgreementVersionSummary;
import com.vendorsla.sharedkernel.agreement.query.AgreementVersionView;
import com.vendorsla.sharedkernel.agreement.query.AgreementView;
import com.vendorsla.sharedkernel.agreement.query.FindAgreement;
import com.vendorsla.sharedkernel.agreement.query.FindAgreementAsOf;
import com.vendorsla.sharedkernel.agreement.query.FindAgreementVersion;
import com.vendorsla.sharedkernel.agreement.query.FindAgreementVersions;
import com.vendorsla.sharedkernel.agreement.query.FindAgreements;
import com.vendorsla.sharedkernel.agreement.query.FindProposal;
import com.vendorsla.sharedkernel.agreement.query.FindProposals;
import com.vendorsla.sharedkernel.agreement.query.FindRevision;
import com.vendorsla.sharedkernel.agreement.query.FindRevisions;
import com.vendorsla.sharedkernel.agreement.query.FindTerminationRights;
import com.vendorsla.sharedkernel.agreement.query.FindTermsDiff;
import com.vendorsla.sharedkernel.agreement.query.ProposalView;
import com.vendorsla.sharedkernel.agreement.query.RevisionView;
import com.vendorsla.sharedkernel.agreement.query.TerminationRightView;
import com.vendorsla.sharedkernel.agreement.query.TermsDiffView;
import com.vendorsla.sharedkernel.agreement.terms.TermsDiff;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Answers agreement queries from the read model, except as-of, which folds the agreement's events as stored in the
 * event store up to the instant asked for, not what a projection holds now.
 */
@Component
public class AgreementQueryHandler {

    private final AgreementViews views;
    private final RecordedEvents recorded;

    public AgreementQueryHandler(AgreementViews views, RecordedEvents recorded) {
        this.views = views;
        this.recorded = recorded;
    }

    @QueryHandler
    public Optional<AgreementView> handle(FindAgreement query) {
        return views.find(query.agreementId().value());
    }

    @QueryHandler
    public List<AgreementSummary> handle(FindAgreements query) {
        return views.summaries(query.vendorId(), query.status(), query.type());
    }

    /**
     * Folds the events that had happened by the instant (and, with knownAt, had been recorded by then), with the
     * terms version in force on that day; empty when the agreement did not exist yet.
     */
    @QueryHandler
    public Optional<AgreementView> handle(FindAgreementAsOf query) {
        AgreementState state = new AgreementState();
        for (DomainEventMessage<?> message : recorded.of(query.agreementId().value(), query.asOf())) {
            if (message.getPayload() instanceof AgreementEvent event) {
                state.apply(event, message.getSequenceNumber());
            }
        }
        Instant instant = query.asOf().instant();
        return state.exists() ? Optional.of(state.view(state.dayOf(instant), instant)) : Optional.empty();
    }

    @QueryHandler
    public List<AgreementVersionSummary> handle(FindAgreementVersions query) {
        return views.state(query.agreementId().value()).map(AgreementState::versionSummaries).orElse(List.of());
    }

    @QueryHandler
    public Optional<AgreementVersionView> handle(FindAgreementVersion query) {
        return views.state(query.agreementId().value()).flatMap(state -> state.version(query.termsVersion()));
    }

    @QueryHandler
    public Optional<TermsDiffView> handle(FindTermsDiff query) {
        return views.state(query.agreementId().value()).flatMap(state -> state.version(query.fromVersion())
                .flatMap(from -> state.version(query.toVersion())
                        .map(to -> new TermsDiffView(from.termsVersion(), to.termsVersion(),
                                TermsDiff.between(from.terms(), to.terms())))));
    }

    @QueryHandler
    public List<TerminationRightView> handle(FindTerminationRights query) {
        return views.state(query.agreementId().value()).map(AgreementState::terminationRights).orElse(List.of());
    }

    @QueryHandler
    public List<ProposalView> handle(FindProposals query) {
        return views.state(query.agreementId().value()).map(AgreementState::proposals).orElse(List.of());
    }

    @QueryHandler
    public Optional<ProposalView> handle(FindProposal query) {
        return views.state(query.agreementId().value()).flatMap(state -> state.proposalView(query.proposalId()));
    }

    @QueryHandler
    public List<RevisionView> handle(FindRevisions query) {
        return views.state(query.agreementId().value()).map(AgreementState::revisions).orElse(List.of());
    }

    @QueryHandler
    public Optional<RevisionView> handle(FindRevision query) {
        return views.state(query.agreementId().value()).flatMap(state -> state.revision(query.revision()));
    }
}
