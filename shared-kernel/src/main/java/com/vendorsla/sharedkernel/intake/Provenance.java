package com.vendorsla.sharedkernel.intake;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a recorded measurement came from (domain.md, Measurements from other systems), carried in the metadata of
 * the command and, by a correlation data provider, of every event it causes, under the key {@link #KEY}: an auditor
 * traces a credit back to the export row (importId, row, the file's SHA-256) or the alert (integration, fingerprint).
 * {@code sourceId} is the record's id in the source system; {@code contentSha256} the hash of what the row said, so
 * that importing the same row again is told apart from importing a changed one.
 */
public final class Provenance {

    public static final String KEY = "provenance";
    public static final String IMPORT_ID = "importId";
    public static final String SOURCE_ID = "sourceId";
    public static final String ROW = "row";
    public static final String FILE_SHA256 = "sha256";
    public static final String CONTENT_SHA256 = "contentSha256";
    public static final String KIND = "kind";
    public static final String INTEGRATION = "integration";
    public static final String FINGERPRINT = "fingerprint";
    public static final String BINDING_ID = "bindingId";
    public static final String OUTAGE_ID = "outageId";

    private Provenance() {
    }

    /** A row of an import. */
    public static Map<String, Object> ofRow(String importId, ImportKind kind, String sourceId, int row, String fileSha256,
                                            String contentSha256) {
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put(IMPORT_ID, importId);
        provenance.put(KIND, kind.path());
        provenance.put(SOURCE_ID, sourceId);
        provenance.put(ROW, row);
        provenance.put(FILE_SHA256, fileSha256);
        provenance.put(CONTENT_SHA256, contentSha256);
        return provenance;
    }

    /** An alert of a monitoring integration. */
    public static Map<String, Object> ofAlert(String integration, String fingerprint, String sourceId, String bindingId,
                                              String outageId, String contentSha256) {
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put(INTEGRATION, integration);
        provenance.put(KIND, ImportKind.DOWNTIME.path());
        provenance.put(FINGERPRINT, fingerprint);
        provenance.put(SOURCE_ID, sourceId);
        provenance.put(BINDING_ID, bindingId);
        provenance.put(OUTAGE_ID, outageId);
        provenance.put(CONTENT_SHA256, contentSha256);
        return provenance;
    }
}
