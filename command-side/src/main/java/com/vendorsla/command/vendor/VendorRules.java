package com.vendorsla.command.vendor;

import com.vendorsla.sharedkernel.common.RuleCode;

/** The vendor's rules, each a stable code (api.md: problem {@code code}): 404 for an unknown id, 409 for the rest. */
public enum VendorRules implements RuleCode {

    // a vendor id in a path that names none
    VENDOR_NOT_FOUND(Answer.NOT_FOUND),
    VENDOR_ALREADY_ACQUIRED(Answer.CONFLICT),
    ACQUIRER_NOT_FOUND(Answer.NOT_FOUND),
    ACQUIRER_IS_VENDOR(Answer.CONFLICT),
    ACQUISITION_CYCLE(Answer.CONFLICT);

    private final Answer answer;

    VendorRules(Answer answer) {
        this.answer = answer;
    }

    @Override
    public Answer answer() {
        return answer;
    }
}
