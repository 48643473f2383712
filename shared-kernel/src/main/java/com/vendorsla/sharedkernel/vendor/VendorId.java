package com.vendorsla.sharedkernel.vendor;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.vendorsla.sharedkernel.common.TypedIds;

import java.util.UUID;

/** Identifies a vendor (provider). */
public record VendorId(@JsonValue String value) {

    public static final String PREFIX = "vnd";

    @JsonCreator
    public VendorId {
        TypedIds.require(PREFIX, value, "vendor id");
    }

    public static VendorId of(UUID uuid) {
        return new VendorId(TypedIds.make(PREFIX, uuid));
    }

    public static boolean isValid(String value) {
        return TypedIds.isValid(PREFIX, value);
    }

    @Override
    public String toString() {
        return value;
    }
}
