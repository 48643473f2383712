package com.vendorsla.command.web;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.common.BadRequest;
import com.vendorsla.sharedkernel.vendor.VendorId;

/** Typed ids from request text; a malformed id is a 400 naming the field, never a 500. */
public final class Ids {

    private Ids() {
    }

    public static VendorId vendor(String field, String value) {
        if (!VendorId.isValid(value)) {
            throw new BadRequest(field, "'" + value + "' is not a vendor id (vnd-<uuid>)");
        }
        return new VendorId(value);
    }

    public static AgreementId agreement(String field, String value) {
        if (!AgreementId.isValid(value)) {
            throw new BadRequest(field, "'" + value + "' is not an agreement id (agr-<uuid>)");
        }
        return new AgreementId(value);
    }

    public static AgreementId optionalAgreement(String field, String value) {
        return value == null || value.isBlank() ? null : agreement(field, value);
    }
}
