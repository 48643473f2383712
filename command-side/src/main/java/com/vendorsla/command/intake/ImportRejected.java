package com.vendorsla.command.intake;

import org.springframework.http.HttpStatus;

import java.util.List;

/**
 * An import refused as a whole, before or instead of row by row: a file that is not what it claims (400), too large
 * (413), or rows that break rules (422, with every bad row in {@code errors}). Nothing was recorded.
 */
class ImportRejected extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final List<RowError> errors;

    ImportRejected(HttpStatus status, String code, String message) {
        this(status, code, message, List.of());
    }

    ImportRejected(HttpStatus status, String code, String message, List<RowError> errors) {
        super(message);
        this.status = status;
        this.code = code;
        this.errors = List.copyOf(errors);
    }

    HttpStatus status() {
        return status;
    }

    String code() {
        return code;
    }

    List<RowError> errors() {
        return errors;
    }

    /** One bad row: data rows count from 1; row 0 is the header (a missing or unknown column). */
    record RowError(int row, String field, String code, String message) {
    }
}
