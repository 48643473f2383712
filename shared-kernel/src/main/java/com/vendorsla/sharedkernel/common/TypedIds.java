package com.vendorsla.sharedkernel.common;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Every aggregate id is {@code <prefix>-<uuid>}, and no two aggregate types share a prefix. Axon's event store
 * keys events by (aggregate id, sequence) whatever the type, so the prefix is what keeps a vendor's event
 * stream from ever meeting an agreement's.
 */
public final class TypedIds {

    private static final Pattern UUID_PATTERN =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private TypedIds() {
    }

    public static String require(String prefix, String value, String what) {
        if (value == null || !value.startsWith(prefix + "-")
                || !UUID_PATTERN.matcher(value.substring(prefix.length() + 1)).matches()) {
            throw new IllegalArgumentException(what + " must look like " + prefix + "-<uuid>, was: " + value);
        }
        return value;
    }

    public static String make(String prefix, UUID uuid) {
        return prefix + "-" + uuid;
    }

    public static boolean isValid(String prefix, String value) {
        try {
            require(prefix, value, "id");
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
