package com.vendorsla.query.web;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.vendor.VendorId;

/**
 * Ids from the URL. A string that cannot be an id of that kind names nothing that exists, so it is a 404,
 * not a 500.
 */
public final class QueryIds {

    private QueryIds() {
    }

    public static VendorId vendor(String value) {
        if (!VendorId.isValid(value)) {
            throw new NotFound("vendor", value);
        }
        return new VendorId(value);
    }

    public static AgreementId agreement(String value) {
        if (!AgreementId.isValid(value)) {
            throw new NotFound("agreement", value);
        }
        return new AgreementId(value);
    }
}
