package com.vendorsla.command.intake;

import org.springframework.http.HttpStatus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The incident exports people actually have, mapped onto the platform's incident columns (docs/intake.md has the
 * table): ServiceNow ({@code number}, {@code priority} 1–4, {@code opened_at}, first response, {@code resolved_at}) and
 * Jira Service Management ({@code Issue key}, {@code Priority}, {@code Created}, {@code Resolved}). Other columns of the
 * export are ignored; {@code agreementId} and {@code period} come from the file when it has them, else from the request.
 */
final class IncidentProfiles {

    private IncidentProfiles() {
    }

    /** One source column of a profile: the first of {@code names} the header has. */
    private record Source(String target, List<String> names, boolean required) {
    }

    private static final Map<String, List<Source>> PROFILES = Map.of(
            "servicenow", List.of(
                    new Source("ticket", List.of("number"), true),
                    new Source("severity", List.of("priority"), true),
                    new Source("openedAt", List.of("opened_at"), true),
                    new Source("respondedAt", List.of("u_first_response", "first_response_at", "responded_at"), false),
                    new Source("resolvedAt", List.of("resolved_at"), false)),
            "jira", List.of(
                    new Source("ticket", List.of("Issue key"), true),
                    new Source("severity", List.of("Priority"), true),
                    new Source("openedAt", List.of("Created"), true),
                    new Source("respondedAt", List.of("Date of First Response", "First response"), false),
                    new Source("resolvedAt", List.of("Resolved"), false)));

    static boolean known(String profile) {
        return PROFILES.containsKey(profile);
    }

    static java.util.Set<String> names() {
        return PROFILES.keySet();
    }

    /** The export's rows as incident rows ({@code sourceId} = the ticket number or issue key). */
    static ImportFile.Table map(String profile, ImportFile.Table export, String agreementId, String period) {
        List<Source> sources = PROFILES.get(profile);
        Map<String, String> columnOf = new LinkedHashMap<>();
        List<ImportRejected.RowError> missing = new ArrayList<>();
        for (Source source : sources) {
            String found = source.names().stream().filter(export.header()::contains).findFirst().orElse(null);
            if (found != null) {
                columnOf.put(source.target(), found);
            } else if (source.required()) {
                missing.add(new ImportRejected.RowError(0, source.names().get(0), "MISSING_COLUMN",
                        "a " + profile + " export has a column " + source.names().get(0)));
            }
        }
        for (String common : List.of("agreementId", "period")) {
            String given = common.equals("agreementId") ? agreementId : period;
            if (!export.header().contains(common) && (given == null || given.isBlank())) {
                missing.add(new ImportRejected.RowError(0, common, "MISSING_COLUMN",
                        "the file has no column " + common + ": give it as the request parameter " + common));
            }
        }
        if (!missing.isEmpty()) {
            throw new ImportRejected(HttpStatus.UNPROCESSABLE_CONTENT, "IMPORT_REJECTED",
                    "the file is not a " + profile + " incident export", missing);
        }
        List<ImportFile.Row> rows = new ArrayList<>();
        for (ImportFile.Row row : export.rows()) {
            List<ImportRejected.RowError> problems = new ArrayList<>(row.problems());
            Map<String, String> cells = new LinkedHashMap<>();
            cells.put("agreementId", row.cells().getOrDefault("agreementId", blankToNull(agreementId)));
            cells.put("period", row.cells().getOrDefault("period", blankToNull(period)));
            columnOf.forEach((target, column) -> {
                String value = row.cells().get(column);
                if (value == null) {
                    return;
                }
                if (target.equals("severity")) {
                    String severity = profile.equals("servicenow") ? serviceNowSeverity(value) : jiraSeverity(value);
                    if (severity == null) {
                        problems.add(new ImportRejected.RowError(row.number(), column, "INVALID_VALUE",
                                "'" + ImportFile.abbreviate(value) + "' is not a " + profile + " priority the mapping knows"
                                        + (profile.equals("servicenow") ? " (1–4)" : " (Highest, High, Medium, Low, Lowest)")));
                    } else {
                        cells.put(target, severity);
                    }
                } else {
                    cells.put(target, value);
                }
            });
            if (cells.get("ticket") != null) {
                cells.put("sourceId", cells.get("ticket"));
            }
            cells.values().removeIf(java.util.Objects::isNull);
            rows.add(new ImportFile.Row(row.number(), cells, problems));
        }
        return new ImportFile.Table(List.of("agreementId", "period", "sourceId", "ticket", "severity", "openedAt",
                "respondedAt", "resolvedAt"), rows);
    }

    /** ServiceNow's priority 1 Critical, 2 High, 3 Moderate, 4 Low ("1 - Critical" or "1"). */
    static String serviceNowSeverity(String priority) {
        String digit = priority.strip();
        int dash = digit.indexOf('-');
        if (dash > 0) {
            digit = digit.substring(0, dash).strip();
        }
        return switch (digit) {
            case "1" -> "URGENT";
            case "2" -> "HIGH";
            case "3" -> "NORMAL";
            case "4" -> "LOW";
            default -> null;
        };
    }

    /** Jira's default priority schemes (Highest … Lowest; Blocker, Critical, Major, Minor, Trivial). */
    static String jiraSeverity(String priority) {
        return switch (priority.strip().toLowerCase(Locale.ROOT)) {
            case "highest", "blocker", "critical" -> "URGENT";
            case "high", "major" -> "HIGH";
            case "medium" -> "NORMAL";
            case "low", "lowest", "minor", "trivial" -> "LOW";
            default -> null;
        };
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
