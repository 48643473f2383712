package com.vendorsla.sharedkernel.intake;

import com.vendorsla.sharedkernel.common.TypedIds;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Prefixes of the intake's aggregates (each type its own, see {@link TypedIds}): imports, integration tokens, monitor
 * bindings, outages. An outage's id derives from what identifies the alert, so a redelivered alert meets its outage.
 */
public final class IntakeIds {

    public static final String IMPORT = "imp";
    public static final String TOKEN = "itk";
    public static final String BINDING = "mbd";
    public static final String OUTAGE = "out";

    private IntakeIds() {
    }

    /** The outage of one alert (fingerprint and start) as one binding sees it, or unmatched (binding null). */
    public static String outage(String fingerprint, String startsAt, String bindingId) {
        String key = "alertmanager|" + fingerprint + "|" + startsAt + "|" + (bindingId == null ? "unmatched" : bindingId);
        return TypedIds.make(OUTAGE, UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)));
    }
}
