package com.vendorsla.query.agreement;

import com.vendorsla.query.web.NotFound;
import com.vendorsla.query.web.QueryIds;
import com.vendorsla.query.web.ReadYourWrites;
import com.vendorsla.sharedkernel.audit.query.AsOf;
import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.AgreementStatus;
import com.vendorsla.sharedkernel.agreement.AgreementType;
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
import com.vendorsla.sharedkernel.agreement.terms.TermsChange;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reads of agreements (api.md, Agreements): list, detail now or as of an instant, versions and their diff,
 * proposals, revisions and termination rights. Each read of one agreement accepts {@code minVersion}.
 */
@RestController
@RequestMapping("/api/agreements")
@Tag(name = "Agreements")
public class AgreementQueryController {

    private final QueryGateway queries;
    private final AgreementViews views;
    private final ReadYourWrites readYourWrites;

    /** The OpenAPI note on the reads of one agreement's parts. */
    static final String MIN_VERSION_THEN_KNOWN = "With minVersion=N it first waits up to 10 s for the agreement's read "
            + "model to reach version N (else 503 with Retry-After); an unknown or malformed agreement id answers 404.";

    public AgreementQueryController(QueryGateway queries, AgreementViews views, ReadYourWrites readYourWrites) {
        this.queries = queries;
        this.views = views;
        this.readYourWrites = readYourWrites;
    }

    @GetMapping
    @Operation(operationId = "listAgreements", summary = "Agreement summaries, filtered by vendor, status and type",
            description = "termsVersion is the version in force today in each agreement's coverage time zone. "
                    + "A VENDOR user gets only its own vendor's agreements, whatever the filters.")
    public List<AgreementSummary> list(@RequestParam(required = false) String vendorId,
                                       @RequestParam(required = false) AgreementStatus status,
                                       @RequestParam(required = false) AgreementType type) {
        String vendor = vendorId == null || vendorId.isBlank() ? null : QueryIds.vendor(vendorId).value();
        return queries.query(new FindAgreements(vendor, status == null ? null : status.name(),
                type == null ? null : type.name()), ResponseTypes.multipleInstancesOf(AgreementSummary.class)).join();
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getAgreement",
            summary = "One agreement: current terms, open proposal or revision; or as it stood at an instant",
            description = "Without asOf: from the read model, the version in force today; with minVersion=N waits up "
                    + "to 10 s for the read model to reach version N (else 503). With asOf (an ISO-8601 instant): "
                    + "rebuilt from the events that had happened by then, with the version then in force and any "
                    + "proposal or revision then open; with knownAt as well, only from the events recorded by "
                    + "knownAt (knownAt = asOf: exactly what the platform showed at that instant).")
    public ResponseEntity<AgreementView> get(@PathVariable String id, @RequestParam(required = false) Long minVersion,
                                             @Parameter(example = "2026-02-03T10:00:00Z")
                                             @RequestParam(required = false) Instant asOf,
                                             @Parameter(description = "only what had been recorded by this instant (default: everything recorded so far); alone, also the instant asked about", example = "2026-02-03T10:00:00Z")
                                             @RequestParam(required = false) Instant knownAt) {
        AgreementId agreementId = QueryIds.agreement(id);
        AsOf then = AsOf.of(asOf, knownAt);
        if (then != null) {
            return ResponseEntity.ok(queries.query(new FindAgreementAsOf(agreementId, then),
                    ResponseTypes.optionalInstanceOf(AgreementView.class)).join()
                    .orElseThrow(() -> new NotFound("agreement (as of " + then + ")", id)));
        }
        await(agreementId, minVersion);
        AgreementView view = queries.query(new FindAgreement(agreementId),
                ResponseTypes.optionalInstanceOf(AgreementView.class)).join()
                .orElseThrow(() -> new NotFound("agreement", id));
        return ResponseEntity.ok().eTag("\"" + view.version() + "\"").body(view);
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "The versions of the agreement's terms, oldest first",
            description = "One entry per version of the terms (1 on activation, one more per agreed revision) with "
                    + "its effective date and the revision it came from; an agreement not yet signed has none. "
                    + MIN_VERSION_THEN_KNOWN)
    public List<AgreementVersionSummary> versions(@PathVariable String id,
                                                  @RequestParam(required = false) Long minVersion) {
        AgreementId agreementId = known(id, minVersion);
        return queries.query(new FindAgreementVersions(agreementId),
                ResponseTypes.multipleInstancesOf(AgreementVersionSummary.class)).join();
    }

    @GetMapping("/{id}/versions/{termsVersion}")
    @Operation(summary = "The terms of one version, with their provenance for a MULTI_LEVEL child",
            description = "The complete terms of version {termsVersion} as agreed; for a MULTI_LEVEL child, its own "
                    + "terms and, per part, whether it is its own or inherited from the parent's version. A version the "
                    + "agreement does not have answers 404. " + MIN_VERSION_THEN_KNOWN)
    public AgreementVersionView version(@PathVariable String id, @PathVariable int termsVersion,
                                        @RequestParam(required = false) Long minVersion) {
        AgreementId agreementId = known(id, minVersion);
        return found(queries.query(new FindAgreementVersion(agreementId, termsVersion),
                ResponseTypes.optionalInstanceOf(AgreementVersionView.class)).join(), "version " + termsVersion + " of", id);
    }

    @GetMapping("/{id}/versions/{from}/diff/{to}")
    @Operation(summary = "What changed from one version to another: [{path, before, after}]",
            description = "Paths as a reader names the parts: monthlyCharge, coverage.timeZone, "
                    + "serviceLevels[availability].target (service levels by id), creditPolicy.tiers[0].below.")
    public List<TermsChange> diff(@PathVariable String id, @PathVariable int from, @PathVariable int to,
                                  @RequestParam(required = false) Long minVersion) {
        AgreementId agreementId = known(id, minVersion);
        return found(queries.query(new FindTermsDiff(agreementId, from, to),
                ResponseTypes.optionalInstanceOf(TermsDiffView.class)).join(),
                "versions " + from + " and " + to + " of", id).changes();
    }

    @GetMapping("/{id}/termination-rights")
    @Operation(summary = "Termination rights granted on the agreement: OPEN, EXERCISED or LAPSED",
            description = "A right is granted when a critical service level breaches as often as the terms' "
                    + "termination rule says within its window (cause BREACHES) or falls below its minimum; it names "
                    + "the months that counted and the last day it may be exercised (exerciseBy). An OPEN right is exercised by POST .../termination with reason FOR_CAUSE, and "
                    + "lapses unused after exerciseBy. " + MIN_VERSION_THEN_KNOWN)
    public List<TerminationRightView> terminationRights(@PathVariable String id,
                                                        @RequestParam(required = false) Long minVersion) {
        AgreementId agreementId = known(id, minVersion);
        return queries.query(new FindTerminationRights(agreementId),
                ResponseTypes.multipleInstancesOf(TerminationRightView.class)).join();
    }

    @GetMapping("/{id}/proposals")
    @Operation(summary = "The negotiation proposals, oldest first, with how each ended",
            description = "Every proposal made while the agreement was negotiated, with its party, terms, rationale "
                    + "and status (PENDING, ACCEPTED, REJECTED with the reason, WITHDRAWN, COUNTERED by the other party's "
                    + "proposal). " + MIN_VERSION_THEN_KNOWN)
    public List<ProposalView> proposals(@PathVariable String id, @RequestParam(required = false) Long minVersion) {
        AgreementId agreementId = known(id, minVersion);
        return queries.query(new FindProposals(agreementId), ResponseTypes.multipleInstancesOf(ProposalView.class)).join();
    }

    @GetMapping("/{id}/proposals/{proposalId}")
    @Operation(summary = "One negotiation proposal",
            description = "The proposal {proposalId} (the id its POST answered) with its party, terms, rationale "
                    + "and status; an id the agreement does not have answers 404. " + MIN_VERSION_THEN_KNOWN)
    public ProposalView proposal(@PathVariable String id, @PathVariable String proposalId,
                                 @RequestParam(required = false) Long minVersion) {
        AgreementId agreementId = known(id, minVersion);
        return found(queries.query(new FindProposal(agreementId, proposalId),
                ResponseTypes.optionalInstanceOf(ProposalView.class)).join(), "proposal " + proposalId + " of", id);
    }

    @GetMapping("/{id}/revisions")
    @Operation(summary = "The revisions, oldest first, with approvals and outcome",
            description = "Every revision proposed on the active agreement, numbered from 1: who proposed it, its "
                    + "reason, terms and effective date, the parties that approved it and how it ended (OPEN, AGREED "
                    + "into a new version, REJECTED, WITHDRAWN, LAPSED). " + MIN_VERSION_THEN_KNOWN)
    public List<RevisionView> revisions(@PathVariable String id, @RequestParam(required = false) Long minVersion) {
        AgreementId agreementId = known(id, minVersion);
        return queries.query(new FindRevisions(agreementId), ResponseTypes.multipleInstancesOf(RevisionView.class)).join();
    }

    @GetMapping("/{id}/revisions/{revision}")
    @Operation(summary = "One revision",
            description = "Revision number {revision} with its proposer, reason, terms, effective date, approvals and "
                    + "outcome; a number the agreement does not have answers 404. " + MIN_VERSION_THEN_KNOWN)
    public RevisionView revision(@PathVariable String id, @PathVariable int revision,
                                 @RequestParam(required = false) Long minVersion) {
        AgreementId agreementId = known(id, minVersion);
        return found(queries.query(new FindRevision(agreementId, revision),
                ResponseTypes.optionalInstanceOf(RevisionView.class)).join(), "revision " + revision + " of", id);
    }

    /** Waits for minVersion if asked, then insists the read model knows the agreement (404 otherwise). */
    private AgreementId known(String id, Long minVersion) {
        AgreementId agreementId = QueryIds.agreement(id);
        await(agreementId, minVersion);
        if (views.version(agreementId.value()).isEmpty()) {
            throw new NotFound("agreement", id);
        }
        return agreementId;
    }

    private void await(AgreementId agreementId, Long minVersion) {
        readYourWrites.awaitVersion(minVersion, () -> views.version(agreementId.value()));
    }

    private static <T> T found(Optional<T> answer, String what, String id) {
        return answer.orElseThrow(() -> new NotFound(what + " agreement", id));
    }
}
