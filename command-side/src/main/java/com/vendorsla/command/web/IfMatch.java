package com.vendorsla.command.web;

import com.vendorsla.sharedkernel.common.BadRequest;

/** Reads {@code If-Match: "N"} (a weak {@code W/"N"} too) as the aggregate version the client expects. */
public final class IfMatch {

    public static final String HEADER = "If-Match";

    private IfMatch() {
    }

    /** The expected version, or null when the client sent no If-Match (or {@code *}). */
    public static Long expectedVersion(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        String value = header.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            long version = Long.parseLong(value);
            if (version < 0) {
                throw new NumberFormatException();
            }
            return version;
        } catch (NumberFormatException e) {
            throw new BadRequest(HEADER, "must be an ETag this API gave out, such as \"3\"");
        }
    }
}
