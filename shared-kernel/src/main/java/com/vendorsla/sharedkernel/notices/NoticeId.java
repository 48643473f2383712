package com.vendorsla.sharedkernel.notices;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.vendorsla.sharedkernel.common.TypedIds;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Identifies a notice. Derived from what the notice is about (its kind, its subject and its occasion), so the same
 * notice always gets the same id: the event store refuses a second one, whichever instance tries.
 */
public record NoticeId(@JsonValue String value) {

    public static final String PREFIX = "ntc";

    @JsonCreator
    public NoticeId {
        TypedIds.require(PREFIX, value, "notice id");
    }

    public static NoticeId of(UUID uuid) {
        return new NoticeId(TypedIds.make(PREFIX, uuid));
    }

    public static NoticeId forIdentity(String identity) {
        return new NoticeId(TypedIds.make(PREFIX, UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8))));
    }

    public static boolean isValid(String value) {
        return TypedIds.isValid(PREFIX, value);
    }

    @Override
    public String toString() {
        return value;
    }
}
