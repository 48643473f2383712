package com.vendorsla.command.intake;

import org.springframework.http.HttpStatus;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An uploaded file read into rows of named cells: CSV (RFC 4180: a header row, fields separated by commas, quoted fields
 * holding commas, doubled quotes and line breaks; CRLF or LF; UTF-8 with an optional byte order mark) or JSON (an array
 * of objects). What is not such a file is refused as a whole (400 with a code) before any row is looked at.
 */
final class ImportFile {

    /** The longest cell read: a measurement's fields are short; a megabyte cell is not one. */
    static final int MAX_CELL = 4096;

    private ImportFile() {
    }

    /** The header (column names, in order) and the data rows, numbered from 1. */
    record Table(List<String> header, List<Row> rows) {
    }

    /** One data row: its cells by column name (absent when empty). */
    record Row(int number, Map<String, String> cells, List<ImportRejected.RowError> problems) {
    }

    static String text(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportRejected(HttpStatus.BAD_REQUEST, "INVALID_ENCODING",
                    "the file is not UTF-8 text (save it as UTF-8, e.g. \"CSV UTF-8\")");
        }
        if (text.indexOf('\u0000') >= 0) {
            throw new ImportRejected(HttpStatus.BAD_REQUEST, "BINARY_FILE", "the file holds NUL bytes: it is not a text file");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static Table csv(byte[] bytes, int maxRows) {
        List<List<String>> records = records(text(bytes), maxRows);
        if (records.isEmpty()) {
            throw new ImportRejected(HttpStatus.BAD_REQUEST, "MISSING_HEADER", "the file is empty: a header row naming the columns comes first");
        }
        List<String> header = records.get(0).stream().map(String::strip).toList();
        List<ImportRejected.RowError> headerProblems = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String name : header) {
            if (name.isEmpty()) {
                headerProblems.add(new ImportRejected.RowError(0, "", "MISSING_HEADER", "a column of the header row has no name"));
            } else if (!seen.add(name)) {
                headerProblems.add(new ImportRejected.RowError(0, abbreviate(name), "DUPLICATE_COLUMN", "the header names " + abbreviate(name) + " twice"));
            }
        }
        if (!headerProblems.isEmpty()) {
            throw new ImportRejected(HttpStatus.UNPROCESSABLE_CONTENT, "IMPORT_REJECTED", "the header row is not usable", headerProblems);
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> cells = records.get(i);
            List<ImportRejected.RowError> problems = new ArrayList<>();
            if (cells.size() != header.size()) {
                problems.add(new ImportRejected.RowError(i, "", "INVALID_VALUE",
                        "the row has " + cells.size() + " cells, the header " + header.size()));
            }
            Map<String, String> named = new LinkedHashMap<>();
            for (int c = 0; c < Math.min(cells.size(), header.size()); c++) {
                String value = cells.get(c);
                if (value.length() > MAX_CELL) {
                    problems.add(new ImportRejected.RowError(i, header.get(c), "INVALID_VALUE",
                            "the cell holds " + value.length() + " characters; at most " + MAX_CELL));
                } else if (!value.isBlank()) {
                    named.put(header.get(c), value.strip());
                }
            }
            rows.add(new Row(i, named, problems));
        }
        return new Table(header, rows);
    }

    /** RFC 4180 records; a data row that is entirely empty (a trailing line break) is no row. */
    private static List<List<String>> records(String text, int maxRows) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int line = 1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                    i++;
                    if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
                        throw malformed(line, "a quoted field is followed by text before the next comma");
                    }
                    continue;
                }
                if (ch == '\n') {
                    line++;
                }
                append(field, ch, line);
                i++;
                continue;
            }
            if (ch == '"') {
                if (field.length() > 0) {
                    throw malformed(line, "a quote inside an unquoted field (quote the whole field and double the quote)");
                }
                quoted = true;
                wasQuoted = true;
                i++;
            } else if (ch == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
                i++;
            } else if (ch == '\r' || ch == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                if (!(fields.size() == 1 && fields.get(0).isEmpty() && !wasQuoted)) {
                    records.add(fields);
                    if (records.size() > maxRows + 1) {
                        throw tooManyRows(maxRows);
                    }
                }
                fields = new ArrayList<>();
                wasQuoted = false;
                i += ch == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
                line++;
            } else {
                append(field, ch, line);
                i++;
            }
        }
        if (quoted) {
            throw malformed(line, "a quoted field is never closed");
        }
        fields.add(field.toString());
        if (!(fields.size() == 1 && fields.get(0).isEmpty() && !wasQuoted)) {
            records.add(fields);
        }
        if (records.size() > maxRows + 1) {
            throw tooManyRows(maxRows);
        }
        return records;
    }

    /** Appends up to a little over the cell limit (the rest is never kept: the row is refused for it anyway). */
    private static void append(StringBuilder field, char ch, int line) {
        if (field.length() <= MAX_CELL) {
            field.append(ch);
        }
    }

    static Table json(byte[] bytes, JsonMapper mapper, int maxRows) {
        String text = text(bytes);
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JacksonException e) {
            throw new ImportRejected(HttpStatus.BAD_REQUEST, "MALFORMED_JSON", "the body is not JSON: an array of row objects is expected");
        }
        if (root == null || !root.isArray()) {
            throw new ImportRejected(HttpStatus.BAD_REQUEST, "MALFORMED_JSON", "the body must be a JSON array of row objects");
        }
        if (root.size() > maxRows) {
            throw tooManyRows(maxRows);
        }
        Set<String> header = new LinkedHashSet<>();
        List<Row> rows = new ArrayList<>();
        int number = 0;
        for (JsonNode element : root) {
            number++;
            List<ImportRejected.RowError> problems = new ArrayList<>();
            Map<String, String> cells = new LinkedHashMap<>();
            if (!element.isObject()) {
                problems.add(new ImportRejected.RowError(number, "", "INVALID_VALUE", "a row is a JSON object"));
            } else {
                for (Map.Entry<String, JsonNode> property : element.properties()) {
                    String name = property.getKey();
                    header.add(name);
                    String value = cell(property.getValue());
                    if (value == null && !property.getValue().isNull()) {
                        problems.add(new ImportRejected.RowError(number, abbreviate(name), "INVALID_VALUE", "a text, number or (customerWaits) a list of {from, to}"));
                    } else if (value != null && value.length() > MAX_CELL) {
                        problems.add(new ImportRejected.RowError(number, abbreviate(name), "INVALID_VALUE",
                                "the value holds " + value.length() + " characters; at most " + MAX_CELL));
                    } else if (value != null && !value.isBlank()) {
                        cells.put(name, value.strip());
                    }
                }
            }
            rows.add(new Row(number, cells, problems));
        }
        return new Table(List.copyOf(header), rows);
    }

    /** A JSON value as a CSV cell: texts and numbers as they are; customer waits as {@code from/to;from/to}. */
    private static String cell(JsonNode value) {
        if (value.isString() || value.isNumber() || value.isBoolean()) {
            return value.asString();
        }
        if (value.isArray()) {
            List<String> waits = new ArrayList<>();
            for (JsonNode wait : value) {
                if (!wait.isObject() || wait.get("from") == null || wait.get("to") == null
                        || !wait.get("from").isString() || !wait.get("to").isString()) {
                    return null;
                }
                waits.add(wait.get("from").asString() + "/" + wait.get("to").asString());
            }
            return String.join(";", waits);
        }
        return null;
    }

    private static ImportRejected malformed(int line, String what) {
        return new ImportRejected(HttpStatus.BAD_REQUEST, "MALFORMED_CSV", "line " + line + ": " + what);
    }

    private static ImportRejected tooManyRows(int maxRows) {
        return new ImportRejected(HttpStatus.CONTENT_TOO_LARGE, "TOO_MANY_ROWS", "an import holds at most " + maxRows + " rows");
    }

    static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }
}
