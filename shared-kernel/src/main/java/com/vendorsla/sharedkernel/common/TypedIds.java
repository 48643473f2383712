package com.vendorsla.sharedkernel.common;

import java.util.UUID;

/**
 * Every aggregate id is {@code <prefix>-<uuid>}, and no two aggregate types share a prefix. Axon's event store
 * keys events by (aggregate id, sequence) whatever the type, so the prefix is what keeps a vendor's event
 * stream from ever meeting an agreement's.
 */
public final class TypedIds {

    /** The length of a uuid as {@link UUID#toString()} writes it: 8-4-4-4-12 lowercase hexadecimal digits. */
    private static final int UUID_LENGTH = 36;

    private TypedIds() {
    }

    public static String require(String prefix, String value, String what) {
        if (value == null || !hasPrefixAndUuid(prefix, value)) {
            throw new IllegalArgumentException(what + " must look like " + prefix + "-<uuid>, was: " + value);
        }
        return value;
    }

    /**
     * {@code <prefix>-} followed by a lowercase uuid and nothing else: what the pattern
     * {@code [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}} matches after the prefix, checked
     * character by character. Every event and command carries ids, and the pattern took an eighth of the CPU of an
     * agreement view's rebuild (docs/benchmarks.md).
     */
    static boolean hasPrefixAndUuid(String prefix, String value) {
        int start = prefix.length() + 1;
        if (value.length() != start + UUID_LENGTH || !value.startsWith(prefix) || value.charAt(prefix.length()) != '-') {
            return false;
        }
        for (int i = 0; i < UUID_LENGTH; i++) {
            char c = value.charAt(start + i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
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
