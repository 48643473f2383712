package com.vendorsla.sharedkernel.intake;

import java.util.Arrays;
import java.util.Optional;

/** What an import records (api.md, Measurement intake: {@code POST /api/imports/{kind}}). */
public enum ImportKind {
    DOWNTIME("downtime"), INCIDENTS("incidents"), KPIS("kpis");

    private final String path;

    ImportKind(String path) {
        this.path = path;
    }

    /** As the URL names it. */
    public String path() {
        return path;
    }

    public static Optional<ImportKind> fromPath(String path) {
        return Arrays.stream(values()).filter(k -> k.path.equals(path)).findFirst();
    }
}
