package com.vendorsla.sharedkernel.vendor;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.vendorsla.sharedkernel.common.TypedIds;

import java.util.UUID;

/**
 * Identifies one acquisition: vendor V acquired by (or merged into) vendor A. Not an aggregate: the acquisition is
 * recorded on V's stream and its renegotiations on each agreement's; this id ties them together.
 */
public record AcquisitionId(@JsonValue String value) {

    public static final String PREFIX = "acq";

    @JsonCreator
    public AcquisitionId {
        TypedIds.require(PREFIX, value, "acquisition id");
    }

    public static AcquisitionId of(UUID uuid) {
        return new AcquisitionId(TypedIds.make(PREFIX, uuid));
    }

    @Override
    public String toString() {
        return value;
    }
}
