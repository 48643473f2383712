package com.vendorsla.command.agreement;

import com.vendorsla.sharedkernel.common.RuleCode;

/** The agreement's rules, each a stable code (api.md: problem {@code code}): 404 for an unknown id, 409 for the rest. */
public enum AgreementRules implements RuleCode {

    /**
     * What an unknown id answers (404), and what a vendor's user is answered about another vendor's agreement:
     * to it, that agreement does not exist (nothing may tell it apart from an id never used).
     */
    NOT_FOUND(Answer.NOT_FOUND),
    // drafting
    VENDOR_NOT_FOUND(Answer.NOT_FOUND),
    VENDOR_NOT_ACTIVE(Answer.CONFLICT),
    PARENT_AGREEMENT_NOT_FOUND(Answer.NOT_FOUND),
    PARENT_NOT_ALLOWED(Answer.CONFLICT),
    PARENT_NOT_MULTI_LEVEL(Answer.CONFLICT),
    UNDERPINS_ONLY_FOR_OLA(Answer.CONFLICT),
    UNDERPINNED_AGREEMENT_NOT_FOUND(Answer.NOT_FOUND),
    UNDERPINNED_AGREEMENT_IS_OLA(Answer.CONFLICT),
    OLA_NEEDS_CUSTOMER_DEPARTMENT(Answer.CONFLICT),
    INVALID_EFFECTIVE_PERIOD(Answer.CONFLICT),
    // negotiation and signature
    AGREEMENT_NOT_IN_NEGOTIATION(Answer.CONFLICT),
    RATIONALE_REQUIRED(Answer.CONFLICT),
    REASON_REQUIRED(Answer.CONFLICT),
    DUPLICATE_PROPOSAL_ID(Answer.CONFLICT),
    PROPOSAL_PENDING(Answer.CONFLICT),
    PROPOSAL_NOT_FOUND(Answer.NOT_FOUND),
    PROPOSAL_NOT_PENDING(Answer.CONFLICT),
    OWN_PROPOSAL(Answer.CONFLICT),
    NOT_PROPOSER(Answer.CONFLICT),
    SIGNATORY_REQUIRED(Answer.CONFLICT),
    ALREADY_SIGNED(Answer.CONFLICT),
    PARENT_NOT_ACTIVE(Answer.CONFLICT),
    // active agreement: revisions, renewal, termination
    AGREEMENT_NOT_ACTIVE(Answer.CONFLICT),
    REVISION_OPEN(Answer.CONFLICT),
    REVISION_NOT_FOUND(Answer.NOT_FOUND),
    REVISION_NOT_OPEN(Answer.CONFLICT),
    OWN_REVISION(Answer.CONFLICT),
    ALREADY_APPROVED(Answer.CONFLICT),
    REVISION_EFFECTIVE_DATE_PASSED(Answer.CONFLICT),
    REVISION_BEFORE_VERSION_IN_FORCE(Answer.CONFLICT),
    REVISION_AFTER_AGREEMENT_END(Answer.CONFLICT),
    AGREEMENT_OPEN_ENDED(Answer.CONFLICT),
    RENEWAL_NOT_EXTENDING(Answer.CONFLICT),
    TERMINATION_DATE_IN_PAST(Answer.CONFLICT),
    TERMINATION_AFTER_AGREEMENT_END(Answer.CONFLICT),
    TERMINATION_RIGHT_REQUIRED(Answer.CONFLICT),
    TERMINATION_RIGHT_NOT_FOUND(Answer.NOT_FOUND),
    TERMINATION_RIGHT_NOT_OPEN(Answer.CONFLICT),
    TERMINATION_RIGHT_ONLY_FOR_CAUSE(Answer.CONFLICT),
    INVALID_TERMINATION_RIGHT(Answer.CONFLICT),
    // renegotiation after an acquisition
    AGREEMENT_NOT_WITH_VENDOR(Answer.CONFLICT),
    RENEGOTIATION_OPEN(Answer.CONFLICT),
    RENEGOTIATION_NOT_OPEN(Answer.CONFLICT),
    REVISION_REQUIRED(Answer.CONFLICT),
    REVISION_ONLY_FOR_REVISED(Answer.CONFLICT),
    REVISION_NOT_AGREED_FOR_ACQUISITION(Answer.CONFLICT),
    ACQUISITION_REVISION_OPEN(Answer.CONFLICT),
    TERMINATION_DATE_ONLY_FOR_TERMINATED(Answer.CONFLICT),
    // an agreement id in a path that names none
    AGREEMENT_NOT_FOUND(Answer.NOT_FOUND);

    private final Answer answer;

    AgreementRules(Answer answer) {
        this.answer = answer;
    }

    @Override
    public Answer answer() {
        return answer;
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** Optional free text as recorded: stripped, or null when blank. */
    static String strip(String text) {
        return blank(text) ? null : text.strip();
    }
}
