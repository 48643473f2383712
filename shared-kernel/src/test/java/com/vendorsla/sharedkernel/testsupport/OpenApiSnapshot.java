package com.vendorsla.sharedkernel.testsupport;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The committed OpenAPI documents ({@code docs/openapi/*.json}) against what a side serves at {@code /v3/api-docs}.
 * The web interface's TypeScript types are generated from them and Spectral lints them, so a change of the API that
 * changes its description shows up in review as a change of the snapshot.
 * <p>
 * Both are compared in one canonical form: keys sorted at every level, two-space indentation, a final newline.
 * {@code -Dopenapi.update=true} (on the Maven command line) rewrites the snapshot from the live document instead of
 * comparing.
 */
public final class OpenApiSnapshot {

    public static final String UPDATE_PROPERTY = "openapi.update";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OpenApiSnapshot() {
    }

    /** {@code docs/openapi/<name>.json} of the repository, found from the module's directory upwards. */
    public static Path file(String name) {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null && !Files.isRegularFile(directory.resolve("mvnw"))) {
            directory = directory.getParent();
        }
        if (directory == null) {
            throw new IllegalStateException("no repository root (with mvnw) above " + Path.of("").toAbsolutePath());
        }
        return directory.resolve("docs").resolve("openapi").resolve(name + ".json");
    }

    /**
     * Compares the live document with the snapshot {@code name}, or rewrites the snapshot when asked to.
     */
    public static void check(String name, String liveDocument) {
        Path snapshot = file(name);
        String live = canonical(JSON.readTree(liveDocument));
        try {
            if (Boolean.getBoolean(UPDATE_PROPERTY)) {
                Files.createDirectories(snapshot.getParent());
                Files.writeString(snapshot, live, StandardCharsets.UTF_8);
                return;
            }
            String committed = Files.isRegularFile(snapshot) ? Files.readString(snapshot, StandardCharsets.UTF_8) : "";
            if (!live.equals(committed)) {
                throw new AssertionError("/v3/api-docs differs from " + snapshot + " " + firstDifference(live, committed)
                        + ". If the change of the API is intended, rewrite the snapshots with ./mvnw -B -pl standalone "
                        + "-am test -Dtest='*OpenApiSnapshotTest' -Dsurefire.failIfNoSpecifiedTests=false -D"
                        + UPDATE_PROPERTY + "=true, lint them with docs/openapi/lint.sh and commit them.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstDifference(String live, String committed) {
        if (committed.isEmpty()) {
            return "(no snapshot yet)";
        }
        String[] served = live.split("\n", -1);
        String[] kept = committed.split("\n", -1);
        int line = 0;
        while (line < served.length && line < kept.length && served[line].equals(kept[line])) {
            line++;
        }
        return "from line " + (line + 1) + ": served " + (line < served.length ? served[line].strip() : "(end)")
                + ", snapshot " + (line < kept.length ? kept[line].strip() : "(end)");
    }

    /** Sorted keys, two-space indentation, one final newline. */
    public static String canonical(JsonNode document) {
        StringBuilder out = new StringBuilder();
        write(document, "", out);
        return out.append('\n').toString();
    }

    private static void write(JsonNode node, String indent, StringBuilder out) {
        String inner = indent + "  ";
        if (node.isObject()) {
            List<String> names = new ArrayList<>(node.propertyNames());
            if (names.isEmpty()) {
                out.append("{}");
                return;
            }
            names.sort(String::compareTo);
            out.append("{\n");
            for (int i = 0; i < names.size(); i++) {
                out.append(inner).append(JSON.writeValueAsString(names.get(i))).append(": ");
                write(node.get(names.get(i)), inner, out);
                out.append(i + 1 < names.size() ? ",\n" : "\n");
            }
            out.append(indent).append('}');
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append("[\n");
            for (int i = 0; i < node.size(); i++) {
                out.append(inner);
                write(node.get(i), inner, out);
                out.append(i + 1 < node.size() ? ",\n" : "\n");
            }
            out.append(indent).append(']');
        } else {
            out.append(JSON.writeValueAsString(node));
        }
    }
}
