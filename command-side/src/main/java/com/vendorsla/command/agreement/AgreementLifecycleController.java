package com.vendorsla.command.agreement;

import com.vendorsla.command.web.AnswersCreated;
import com.vendorsla.command.web.CommandSender;
import com.vendorsla.command.web.IfMatchVersion;
import com.vendorsla.command.web.WriteResponses;
import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.RevisionReason;
import com.vendorsla.sharedkernel.agreement.TerminationReason;
import com.vendorsla.sharedkernel.agreement.command.AcceptProposal;
import com.vendorsla.sharedkernel.agreement.command.ApproveRevision;
import com.vendorsla.sharedkernel.agreement.command.ProposeRevision;
import com.vendorsla.sharedkernel.agreement.command.ProposeTerms;
import com.vendorsla.sharedkernel.agreement.command.RejectProposal;
import com.vendorsla.sharedkernel.agreement.command.RejectRevision;
import com.vendorsla.sharedkernel.agreement.command.RenewAgreement;
import com.vendorsla.sharedkernel.agreement.command.SignAgreement;
import com.vendorsla.sharedkernel.agreement.command.TerminateAgreement;
import com.vendorsla.sharedkernel.agreement.command.WithdrawProposal;
import com.vendorsla.sharedkernel.agreement.command.WithdrawRevision;
import com.vendorsla.sharedkernel.agreement.terms.AgreementTerms;
import com.vendorsla.sharedkernel.common.Party;
import com.vendorsla.sharedkernel.common.Role;
import com.vendorsla.sharedkernel.common.WriteResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Negotiation, signature, revisions, renewal and termination of an agreement (api.md, Agreements). Every write
 * honours {@code If-Match} and answers {@code {id, version}} with an ETag; a proposal adds its {@code proposalId},
 * a revision its number.
 */
@RestController
@RequestMapping("/api/agreements/{id}")
@Tag(name = "Agreements")
public class AgreementLifecycleController {

    static final String PROPOSAL_EXAMPLE = """
            {"party": "VENDOR", "rationale": "Availability 99.9 needs a second data centre: we offer 99.8",
             "terms": {"currency": "EUR", "monthlyCharge": "100000.00",
               "coverage": {"timeZone": "UTC", "hours": "24x7"},
               "serviceLevels": [
                 {"id": "availability", "name": "Platform availability", "kind": "AVAILABILITY", "target": "99.8",
                  "minimum": "99.0", "classification": "CRITICAL", "allocationPercent": "50"}],
               "creditPolicy": {"method": "POOL", "atRiskPercent": "10", "poolPercent": "150"}}}""";

    /** The OpenAPI note on the writes a VENDOR user may send (api.md, Auth). */
    static final String VENDOR_USER = " A VENDOR user acts as party VENDOR (else 403) on its own vendor's agreements only: "
            + "another vendor's answers 404 NOT_FOUND, as an unknown id would, whatever If-Match says, and records nothing.";

    private final CommandSender commands;

    public AgreementLifecycleController(CommandSender commands) {
        this.commands = commands;
    }

    public record ProposalRequest(@NotNull Party party, @NotNull AgreementTerms terms,
                                  @Size(max = 4000) String rationale) {
    }

    public record DecisionRequest(@NotNull Party party, @Size(max = 4000) String reason) {
    }

    public record SignatureRequest(@NotNull Party party, @Size(max = 300) String signatory) {
    }

    public record RevisionRequest(@NotNull Party proposedBy, @NotNull AgreementTerms terms,
                                  @NotNull RevisionReason reason, @NotNull LocalDate effectiveFrom,
                                  @Size(max = 4000) String rationale) {
    }

    public record TerminationRequest(@NotNull TerminationReason reason, @Size(max = 200) String terminationRightId,
                                     @NotNull LocalDate effectiveDate) {
    }

    public record RenewalRequest(@NotNull LocalDate effectiveTo) {
    }

    /** A proposal's write answer: api.md's {@code {id, version, proposalId}}. */
    public record ProposalWritten(String id, long version, String proposalId) {
    }

    /** A revision's write answer: {@code {id, version, revision}}. */
    public record RevisionWritten(String id, long version, int revision) {
    }

    // ---- negotiation ------------------------------------------------------------------------------------------

    @PostMapping("/proposals")
    @Operation(summary = "Propose terms (a counter-proposal while the other party's proposal is pending)",
            description = "Full terms (a MULTI_LEVEL child: its own) with a rationale. "
                    + "Answers 201 {id, version, proposalId}." + VENDOR_USER,
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "vendor counter-proposal", value = PROPOSAL_EXAMPLE))))
    @AnswersCreated
    public ResponseEntity<ProposalWritten> propose(@PathVariable AgreementId id,
            @Valid @RequestBody ProposalRequest request,
            @IfMatchVersion Long expectedVersion) {
        requireMayActFor(request.party());
        String proposalId = "prp-" + UUID.randomUUID();
        WriteResult result = commands.send(new ProposeTerms(id, proposalId, request.party(), request.terms(),
                request.rationale(), commands.now(), expectedVersion), request.rationale());
        return WriteResponses.created("/api/agreements/" + id + "/proposals/" + proposalId, result,
                new ProposalWritten(result.id(), result.version(), proposalId));
    }

    @PostMapping("/proposals/{proposalId}/acceptance")
    @Operation(summary = "Accept the other party's pending proposal: its terms go on the table for signature",
            description = "While the agreement is in DRAFT or NEGOTIATION. The accepted terms replace those on the "
                    + "table; both parties then sign them (POST .../signatures). An unknown proposal answers 404 "
                    + "PROPOSAL_NOT_FOUND; one no longer pending 409 PROPOSAL_NOT_PENDING; one's own proposal 409 "
                    + "OWN_PROPOSAL; an agreement past negotiation 409 AGREEMENT_NOT_IN_NEGOTIATION. The optional reason "
                    + "is recorded with the event." + VENDOR_USER)
    public ResponseEntity<WriteResult> accept(@PathVariable AgreementId id, @PathVariable String proposalId,
                                              @Valid @RequestBody DecisionRequest request,
            @IfMatchVersion Long expectedVersion) {
        requireMayActFor(request.party());
        return WriteResponses.ok(commands.send(new AcceptProposal(id, proposalId, request.party(),
                commands.now(), expectedVersion), request.reason()));
    }

    @PostMapping("/proposals/{proposalId}/rejection")
    @Operation(summary = "Reject the other party's pending proposal, with a reason",
            description = "While the agreement is in DRAFT or NEGOTIATION; the terms on the table stay as they were. "
                    + "A blank reason answers 409 REASON_REQUIRED; one's own proposal 409 OWN_PROPOSAL (withdraw it "
                    + "instead); an unknown proposal 404 PROPOSAL_NOT_FOUND; one no longer pending 409 "
                    + "PROPOSAL_NOT_PENDING." + VENDOR_USER)
    public ResponseEntity<WriteResult> reject(@PathVariable AgreementId id, @PathVariable String proposalId,
                                              @Valid @RequestBody DecisionRequest request,
            @IfMatchVersion Long expectedVersion) {
        requireMayActFor(request.party());
        return WriteResponses.ok(commands.send(new RejectProposal(id, proposalId, request.party(),
                request.reason(), commands.now(), expectedVersion), request.reason()));
    }

    @PostMapping("/proposals/{proposalId}/withdrawal")
    @Operation(summary = "Withdraw one's own pending proposal",
            description = "Only the party that proposed it may withdraw it (else 409 NOT_PROPOSER), while the "
                    + "agreement is in DRAFT or NEGOTIATION and the proposal is pending (else 409 "
                    + "PROPOSAL_NOT_PENDING; unknown: 404 PROPOSAL_NOT_FOUND). The reason is optional." + VENDOR_USER)
    public ResponseEntity<WriteResult> withdraw(@PathVariable AgreementId id, @PathVariable String proposalId,
                                                @Valid @RequestBody DecisionRequest request,
            @IfMatchVersion Long expectedVersion) {
        requireMayActFor(request.party());
        return WriteResponses.ok(commands.send(new WithdrawProposal(id, proposalId, request.party(),
                request.reason(), commands.now(), expectedVersion), request.reason()));
    }

    @PostMapping("/signatures")
    @Operation(summary = "Sign the terms on the table",
            description = "The accepted proposal's terms, else the draft's. Once both parties have signed the agreement "
                    + "is ACTIVE with version 1 in force from effectiveFrom. A pending proposal blocks signing." + VENDOR_USER)
    public ResponseEntity<WriteResult> sign(@PathVariable AgreementId id,
            @Valid @RequestBody SignatureRequest request,
            @IfMatchVersion Long expectedVersion) {
        requireMayActFor(request.party());
        return WriteResponses.ok(commands.send(new SignAgreement(id, request.party(), request.signatory(),
                commands.now(), expectedVersion)));
    }

    // ---- revisions --------------------------------------------------------------------------------------------

    @PostMapping("/revisions")
    @Operation(summary = "Propose a revision of an active agreement",
            description = "Full terms, a reason and an effective date on or after the day it is agreed and not before "
                    + "the version in force. One revision is open at a time. Answers 201 {id, version, revision}.")
    @AnswersCreated
    public ResponseEntity<RevisionWritten> proposeRevision(@PathVariable AgreementId id,
                                                           @Valid @RequestBody RevisionRequest request,
            @IfMatchVersion Long expectedVersion) {
        requireMayActFor(request.proposedBy());
        CommandSender.Answered<Integer> proposed = commands.send(new ProposeRevision(id, request.proposedBy(),
                request.terms(), request.reason(), request.effectiveFrom(), request.rationale(), commands.now(),
                expectedVersion), request.rationale(), Integer.class);
        WriteResult result = proposed.written();
        int revision = proposed.answer();
        return WriteResponses.created("/api/agreements/" + id + "/revisions/" + revision, result,
                new RevisionWritten(result.id(), result.version(), revision));
    }

    @PostMapping("/revisions/{revision}/approvals")
    @Operation(summary = "Approve the open revision; the second party's approval makes it the next version",
            description = "VENDOR_MANAGER and LEGAL record either party's approval." + VENDOR_USER)
    public ResponseEntity<WriteResult> approve(@PathVariable AgreementId id, @PathVariable int revision,
                                               @Valid @RequestBody DecisionRequest request,
            @IfMatchVersion Long expectedVersion) {
        requireMayActFor(request.party());
        return WriteResponses.ok(commands.send(new ApproveRevision(id, revision, request.party(),
                commands.now(), expectedVersion), request.reason()));
    }

    @PostMapping("/revisions/{revision}/rejection")
    @Operation(summary = "Reject the other party's open revision, with a reason",
            description = "The agreement must be ACTIVE (else 409 AGREEMENT_NOT_ACTIVE) and {revision} the open one "
                    + "(unknown: 404 REVISION_NOT_FOUND; decided or withdrawn: 409 REVISION_NOT_OPEN). The proposer "
                    + "cannot reject its own revision (409 OWN_REVISION: withdraw it instead); a blank reason answers "
                    + "409 REASON_REQUIRED. The version in force stays as it is.")
    public ResponseEntity<WriteResult> rejectRevision(@PathVariable AgreementId id, @PathVariable int revision,
                                                      @Valid @RequestBody DecisionRequest request,
            @IfMatchVersion Long expectedVersion) {
        requireMayActFor(request.party());
        return WriteResponses.ok(commands.send(new RejectRevision(id, revision, request.party(),
                request.reason(), commands.now(), expectedVersion), request.reason()));
    }

    @PostMapping("/revisions/{revision}/withdrawal")
    @Operation(summary = "Withdraw one's own open revision",
            description = "Only the party that proposed the revision may withdraw it (else 409 NOT_PROPOSER), while "
                    + "the agreement is ACTIVE (409 AGREEMENT_NOT_ACTIVE) and the revision open (404 REVISION_NOT_FOUND, "
                    + "409 REVISION_NOT_OPEN). The reason is optional; the version in force stays as it is.")
    public ResponseEntity<WriteResult> withdrawRevision(@PathVariable AgreementId id, @PathVariable int revision,
                                                        @Valid @RequestBody DecisionRequest request,
            @IfMatchVersion Long expectedVersion) {
        requireMayActFor(request.party());
        return WriteResponses.ok(commands.send(new WithdrawRevision(id, revision, request.party(),
                request.reason(), commands.now(), expectedVersion), request.reason()));
    }

    // ---- renewal and termination ------------------------------------------------------------------------------

    @PostMapping("/renewal")
    @Operation(summary = "Renew an active fixed-term agreement: a later effectiveTo (its new last day in force)",
            description = "Moves the agreement's expiry to the new last day (the expiry deadline is rescheduled in the "
                    + "same transaction). The agreement must be ACTIVE and not past its end (409 AGREEMENT_NOT_ACTIVE), "
                    + "have an end date (409 AGREEMENT_OPEN_ENDED) and the new one must be later than the current one "
                    + "(409 RENEWAL_NOT_EXTENDING).")
    public ResponseEntity<WriteResult> renew(@PathVariable AgreementId id,
            @Valid @RequestBody RenewalRequest request,
            @IfMatchVersion Long expectedVersion) {
        return WriteResponses.ok(commands.send(new RenewAgreement(id, request.effectiveTo(), commands.now(),
                expectedVersion)));
    }

    @PostMapping("/termination")
    @Operation(summary = "Terminate an active agreement",
            description = "FOR_CAUSE names the OPEN termination right it exercises; effectiveDate is the first day out of "
                    + "force, today or later.")
    public ResponseEntity<WriteResult> terminate(@PathVariable AgreementId id,
            @Valid @RequestBody TerminationRequest request,
            @IfMatchVersion Long expectedVersion) {
        return WriteResponses.ok(commands.send(new TerminateAgreement(id, request.reason(),
                request.terminationRightId(), request.effectiveDate(), commands.now(),
                expectedVersion), request.reason().name()));
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    /** A vendor's own user acts for the VENDOR party only; the customer's users record either party's acts. */
    private static void requireMayActFor(Party party) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        boolean vendorUser = user != null && user.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + Role.VENDOR.name()));
        if (vendorUser && party != Party.VENDOR) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "a vendor's user acts for the VENDOR party only");
        }
    }
}
