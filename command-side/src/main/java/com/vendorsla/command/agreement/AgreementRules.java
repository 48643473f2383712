package com.vendorsla.command.agreement;

import com.vendorsla.sharedkernel.common.BusinessRuleViolation;

/** Stable codes of the agreement's rules (api.md: 409 with {@code code}; codes ending in _NOT_FOUND: 404). */
final class AgreementRules {

    /**
     * What an unknown id answers (404), and what a vendor's user is answered about another vendor's agreement:
     * to it, that agreement does not exist (nothing may tell it apart from an id never used).
     */
    static final String NOT_FOUND = "NOT_FOUND";

    // drafting
    static final String VENDOR_NOT_FOUND = "VENDOR_NOT_FOUND";
    static final String VENDOR_NOT_ACTIVE = "VENDOR_NOT_ACTIVE";
    static final String PARENT_AGREEMENT_NOT_FOUND = "PARENT_AGREEMENT_NOT_FOUND";
    static final String PARENT_NOT_ALLOWED = "PARENT_NOT_ALLOWED";
    static final String PARENT_NOT_MULTI_LEVEL = "PARENT_NOT_MULTI_LEVEL";
    static final String UNDERPINS_ONLY_FOR_OLA = "UNDERPINS_ONLY_FOR_OLA";
    static final String UNDERPINNED_AGREEMENT_NOT_FOUND = "UNDERPINNED_AGREEMENT_NOT_FOUND";
    static final String UNDERPINNED_AGREEMENT_IS_OLA = "UNDERPINNED_AGREEMENT_IS_OLA";
    static final String OLA_NEEDS_CUSTOMER_DEPARTMENT = "OLA_NEEDS_CUSTOMER_DEPARTMENT";
    static final String INVALID_EFFECTIVE_PERIOD = "INVALID_EFFECTIVE_PERIOD";

    // negotiation and signature
    static final String AGREEMENT_NOT_IN_NEGOTIATION = "AGREEMENT_NOT_IN_NEGOTIATION";
    static final String RATIONALE_REQUIRED = "RATIONALE_REQUIRED";
    static final String REASON_REQUIRED = "REASON_REQUIRED";
    static final String DUPLICATE_PROPOSAL_ID = "DUPLICATE_PROPOSAL_ID";
    static final String PROPOSAL_PENDING = "PROPOSAL_PENDING";
    static final String PROPOSAL_NOT_FOUND = "PROPOSAL_NOT_FOUND";
    static final String PROPOSAL_NOT_PENDING = "PROPOSAL_NOT_PENDING";
    static final String OWN_PROPOSAL = "OWN_PROPOSAL";
    static final String NOT_PROPOSER = "NOT_PROPOSER";
    static final String SIGNATORY_REQUIRED = "SIGNATORY_REQUIRED";
    static final String ALREADY_SIGNED = "ALREADY_SIGNED";
    static final String PARENT_NOT_ACTIVE = "PARENT_NOT_ACTIVE";

    // active agreement: revisions, renewal, termination
    static final String AGREEMENT_NOT_ACTIVE = "AGREEMENT_NOT_ACTIVE";
    static final String REVISION_OPEN = "REVISION_OPEN";
    static final String REVISION_NOT_FOUND = "REVISION_NOT_FOUND";
    static final String REVISION_NOT_OPEN = "REVISION_NOT_OPEN";
    static final String OWN_REVISION = "OWN_REVISION";
    static final String ALREADY_APPROVED = "ALREADY_APPROVED";
    static final String REVISION_EFFECTIVE_DATE_PASSED = "REVISION_EFFECTIVE_DATE_PASSED";
    static final String REVISION_BEFORE_VERSION_IN_FORCE = "REVISION_BEFORE_VERSION_IN_FORCE";
    static final String REVISION_AFTER_AGREEMENT_END = "REVISION_AFTER_AGREEMENT_END";
    static final String AGREEMENT_OPEN_ENDED = "AGREEMENT_OPEN_ENDED";
    static final String RENEWAL_NOT_EXTENDING = "RENEWAL_NOT_EXTENDING";
    static final String TERMINATION_DATE_IN_PAST = "TERMINATION_DATE_IN_PAST";
    static final String TERMINATION_AFTER_AGREEMENT_END = "TERMINATION_AFTER_AGREEMENT_END";
    static final String TERMINATION_RIGHT_REQUIRED = "TERMINATION_RIGHT_REQUIRED";
    static final String TERMINATION_RIGHT_NOT_FOUND = "TERMINATION_RIGHT_NOT_FOUND";
    static final String TERMINATION_RIGHT_NOT_OPEN = "TERMINATION_RIGHT_NOT_OPEN";
    static final String TERMINATION_RIGHT_ONLY_FOR_CAUSE = "TERMINATION_RIGHT_ONLY_FOR_CAUSE";
    static final String INVALID_TERMINATION_RIGHT = "INVALID_TERMINATION_RIGHT";

    // renegotiation after an acquisition
    static final String AGREEMENT_NOT_WITH_VENDOR = "AGREEMENT_NOT_WITH_VENDOR";
    static final String RENEGOTIATION_OPEN = "RENEGOTIATION_OPEN";
    static final String RENEGOTIATION_NOT_OPEN = "RENEGOTIATION_NOT_OPEN";
    static final String REVISION_REQUIRED = "REVISION_REQUIRED";
    static final String REVISION_ONLY_FOR_REVISED = "REVISION_ONLY_FOR_REVISED";
    static final String REVISION_NOT_AGREED_FOR_ACQUISITION = "REVISION_NOT_AGREED_FOR_ACQUISITION";
    static final String ACQUISITION_REVISION_OPEN = "ACQUISITION_REVISION_OPEN";
    static final String TERMINATION_DATE_ONLY_FOR_TERMINATED = "TERMINATION_DATE_ONLY_FOR_TERMINATED";

    private AgreementRules() {
    }

    static void require(boolean condition, String code, String message) {
        if (!condition) {
            throw new BusinessRuleViolation(code, message);
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** Optional free text as recorded: stripped, or null when blank. */
    static String strip(String text) {
        return blank(text) ? null : text.strip();
    }
}
