package com.vendorsla.sharedkernel.notices;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.vendorsla.sharedkernel.common.TypedIds;

import java.util.UUID;

/** Identifies a webhook subscription (api.md, Notifications and integration events). */
public record SubscriptionId(@JsonValue String value) {

    public static final String PREFIX = "sub";

    @JsonCreator
    public SubscriptionId {
        TypedIds.require(PREFIX, value, "subscription id");
    }

    public static SubscriptionId of(UUID uuid) {
        return new SubscriptionId(TypedIds.make(PREFIX, uuid));
    }

    public static boolean isValid(String value) {
        return TypedIds.isValid(PREFIX, value);
    }

    @Override
    public String toString() {
        return value;
    }
}
