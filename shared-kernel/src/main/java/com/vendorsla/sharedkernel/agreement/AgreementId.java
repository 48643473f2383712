package com.vendorsla.sharedkernel.agreement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.vendorsla.sharedkernel.common.TypedIds;

import java.util.UUID;

/** Identifies an agreement (SLA or OLA). */
public record AgreementId(@JsonValue String value) {

    public static final String PREFIX = "agr";

    @JsonCreator
    public AgreementId {
        TypedIds.require(PREFIX, value, "agreement id");
    }

    public static AgreementId of(UUID uuid) {
        return new AgreementId(TypedIds.make(PREFIX, uuid));
    }

    public static boolean isValid(String value) {
        return TypedIds.isValid(PREFIX, value);
    }

    @Override
    public String toString() {
        return value;
    }
}
