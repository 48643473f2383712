package com.vendorsla.command.intake;

import com.vendorsla.sharedkernel.agreement.AgreementId;
import com.vendorsla.sharedkernel.agreement.terms.Severity;
import com.vendorsla.sharedkernel.intake.ImportKind;
import com.vendorsla.sharedkernel.performance.DowntimeCause;
import com.vendorsla.sharedkernel.performance.DowntimeFacts;
import com.vendorsla.sharedkernel.performance.IncidentRecord;
import com.vendorsla.sharedkernel.performance.PerformancePeriodId;
import com.vendorsla.sharedkernel.performance.TimeSpan;
import com.vendorsla.sharedkernel.performance.command.RecordDowntime;
import com.vendorsla.sharedkernel.performance.command.RecordIncident;
import com.vendorsla.sharedkernel.performance.command.RecordKpiValue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * The rows of an import as measurements: the columns each kind has (api.md: {@code agreementId}, {@code period},
 * {@code sourceId} and the fields of the single-record request), every cell checked, and what the row asks recorded as
 * the command that records it. A row's content is hashed in a canonical form (instants, decimals and enums normalised),
 * so the same row exported again is recognised as a duplicate and a changed one as a conflict.
 */
final class MeasurementRows {

    static final List<String> COMMON = List.of("agreementId", "period", "sourceId");
    private static final Pattern SAFE_ID = Pattern.compile("[^\\p{Cntrl}]{1,200}");
    private static final Set<Character> FORMULA_START = Set.of('=', '+', '-', '@');
    /** Local date-times some exports write (ServiceNow, Jira), read in the import's time zone. */
    private static final List<DateTimeFormatter> LOCAL_FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss"),
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm"),
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("dd/MMM/yy h:mm a").toFormatter(Locale.ENGLISH),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("dd/MMM/uuuu h:mm a").toFormatter(Locale.ENGLISH));

    private MeasurementRows() {
    }

    /** The columns of a kind: required first, then optional. */
    static List<String> required(ImportKind kind) {
        return switch (kind) {
            case DOWNTIME -> List.of("agreementId", "period", "sourceId", "serviceLevelId", "start", "end", "cause");
            case INCIDENTS -> List.of("agreementId", "period", "sourceId", "ticket", "severity", "openedAt");
            case KPIS -> List.of("agreementId", "period", "sourceId", "serviceLevelId", "value");
        };
    }

    static List<String> optional(ImportKind kind) {
        return switch (kind) {
            case DOWNTIME -> List.of("reference");
            case INCIDENTS -> List.of("respondedAt", "resolvedAt", "customerWaits");
            case KPIS -> List.of();
        };
    }

    /**
     * A row ready to record: where it goes, its source id and content hash, and its command given the record id
     * (derived from the import and the row, so the record can be traced back without a lookup).
     */
    record Candidate(int row, AgreementId agreementId, YearMonth period, String sourceId, String contentSha256,
                     String recordIdPrefix, BiFunction<String, Instant, Object> command) {
        String recordId(String importId) {
            return recordIdPrefix + "-" + UUID.nameUUIDFromBytes((importId + "|" + row).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Reads one row; adds what is wrong with it to {@code errors} and answers null then. */
    static Candidate read(ImportKind kind, ImportFile.Row row, ZoneId zone, List<ImportRejected.RowError> errors) {
        Cells cells = new Cells(row, zone, errors);
        for (String column : required(kind)) {
            cells.require(column);
        }
        String agreement = cells.text("agreementId");
        AgreementId agreementId = null;
        if (agreement != null) {
            if (AgreementId.isValid(agreement)) {
                agreementId = new AgreementId(agreement);
            } else {
                cells.error("agreementId", "UNKNOWN_AGREEMENT", "'" + ImportFile.abbreviate(agreement) + "' is no agreement id");
            }
        }
        YearMonth period = cells.month("period");
        AgreementId target = agreementId;
        String sourceId = cells.id("sourceId");
        StringBuilder canonical = new StringBuilder(kind.path()).append('|').append(agreement).append('|').append(period);
        Candidate candidate = switch (kind) {
            case DOWNTIME -> {
                String serviceLevel = cells.id("serviceLevelId");
                Instant start = cells.instant("start");
                Instant end = cells.instant("end");
                DowntimeCause cause = cells.enumValue("cause", DowntimeCause.class);
                String reference = cells.optionalId("reference");
                canonical.append('|').append(serviceLevel).append('|').append(start).append('|').append(end)
                        .append('|').append(cause).append('|').append(reference);
                DowntimeFacts facts = new DowntimeFacts(serviceLevel, start, end, cause, reference);
                yield candidate(row, agreementId, period, sourceId, canonical, "dt", (id, now) ->
                        new RecordDowntime(PerformancePeriodId.of(target, period), id, facts, now, null));
            }
            case INCIDENTS -> {
                String ticket = cells.id("ticket");
                Severity severity = cells.enumValue("severity", Severity.class);
                Instant opened = cells.instant("openedAt");
                Instant responded = cells.optionalInstant("respondedAt");
                Instant resolved = cells.optionalInstant("resolvedAt");
                List<TimeSpan> waits = cells.waits("customerWaits");
                canonical.append('|').append(ticket).append('|').append(severity).append('|').append(opened)
                        .append('|').append(responded).append('|').append(resolved).append('|').append(waits);
                IncidentRecord incident = new IncidentRecord(ticket, severity, opened, responded, resolved, waits);
                yield candidate(row, agreementId, period, sourceId, canonical, "inc", (id, now) ->
                        new RecordIncident(PerformancePeriodId.of(target, period), id, incident, now, null));
            }
            case KPIS -> {
                String serviceLevel = cells.id("serviceLevelId");
                BigDecimal value = cells.decimal("value");
                canonical.append('|').append(serviceLevel).append('|')
                        .append(value == null ? null : value.stripTrailingZeros().toPlainString());
                yield candidate(row, agreementId, period, sourceId, canonical, "kpi", (id, now) ->
                        new RecordKpiValue(PerformancePeriodId.of(target, period), id, serviceLevel, value, now, null));
            }
        };
        return cells.failed ? null : candidate;
    }

    private static Candidate candidate(ImportFile.Row row, AgreementId agreementId, YearMonth period, String sourceId,
                                       StringBuilder canonical, String prefix, BiFunction<String, Instant, Object> command) {
        return new Candidate(row.number(), agreementId, period, sourceId, sha256(canonical.toString()), prefix, command);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The cells of one row, each read once; every problem is reported with the column's name. */
    private static final class Cells {
        private final ImportFile.Row row;
        private final ZoneId zone;
        private final List<ImportRejected.RowError> errors;
        private boolean failed;

        Cells(ImportFile.Row row, ZoneId zone, List<ImportRejected.RowError> errors) {
            this.row = row;
            this.zone = zone;
            this.errors = errors;
            if (!row.problems().isEmpty()) {
                errors.addAll(row.problems());
                failed = true;
            }
        }

        void error(String field, String code, String message) {
            errors.add(new ImportRejected.RowError(row.number(), field, code, message));
            failed = true;
        }

        void require(String column) {
            if (row.cells().get(column) == null) {
                error(column, "MISSING_VALUE", column + " is required");
            }
        }

        String text(String column) {
            return row.cells().get(column);
        }

        String id(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            if (!SAFE_ID.matcher(value).matches()) {
                error(column, "INVALID_VALUE", column + " is at most 200 characters without line breaks or control characters");
                return null;
            }
            if (FORMULA_START.contains(value.charAt(0))) {
                error(column, "INVALID_VALUE", column + " starts with '" + value.charAt(0)
                        + "' like a spreadsheet formula; ids never do");
                return null;
            }
            return value;
        }

        String optionalId(String column) {
            return text(column) == null ? null : id(column);
        }

        YearMonth month(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return YearMonth.parse(value);
            } catch (DateTimeParseException e) {
                error(column, "INVALID_VALUE", "'" + ImportFile.abbreviate(value) + "' is not a month such as 2026-02");
                return null;
            }
        }

        Instant instant(String column) {
            String value = text(column);
            return value == null ? null : parseInstant(column, value);
        }

        Instant optionalInstant(String column) {
            return instant(column);
        }

        private Instant parseInstant(String column, String value) {
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException e) {
                for (DateTimeFormatter format : LOCAL_FORMATS) {
                    try {
                        return LocalDateTime.parse(value, format).atZone(zone).toInstant();
                    } catch (DateTimeParseException ignored) {
                        // the next format
                    }
                }
                error(column, "INVALID_VALUE", "'" + ImportFile.abbreviate(value)
                        + "' is not an instant such as 2026-02-03T10:00:00Z (or a local time such as 2026-02-03 10:00:00)");
                return null;
            }
        }

        <E extends Enum<E>> E enumValue(String column, Class<E> type) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                List<String> names = new ArrayList<>();
                for (E constant : type.getEnumConstants()) {
                    names.add(constant.name());
                }
                error(column, "INVALID_VALUE", "'" + ImportFile.abbreviate(value) + "' is not one of " + names);
                return null;
            }
        }

        BigDecimal decimal(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                BigDecimal decimal = new BigDecimal(value);
                if (decimal.precision() > 30 || Math.abs(decimal.scale()) > 20) {
                    throw new NumberFormatException();
                }
                return decimal;
            } catch (NumberFormatException e) {
                error(column, "INVALID_VALUE", "'" + ImportFile.abbreviate(value) + "' is not a decimal such as 72.5");
                return null;
            }
        }

        List<TimeSpan> waits(String column) {
            String value = text(column);
            List<TimeSpan> waits = new ArrayList<>();
            if (value == null) {
                return waits;
            }
            for (String part : value.split(";")) {
                String[] ends = part.strip().split("/");
                if (ends.length != 2) {
                    error(column, "INVALID_VALUE", "customer waits are written from/to;from/to");
                    return List.of();
                }
                Instant from = parseInstant(column, ends[0].strip());
                Instant to = parseInstant(column, ends[1].strip());
                if (from == null || to == null) {
                    return List.of();
                }
                waits.add(new TimeSpan(from, to));
            }
            return waits;
        }
    }
}
