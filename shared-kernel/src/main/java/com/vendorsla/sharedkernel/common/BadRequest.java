package com.vendorsla.sharedkernel.common;

/** Input that is malformed on its face (400), as opposed to well-formed input that breaks a rule (409). */
public class BadRequest extends RuntimeException {

    private final String field;

    public BadRequest(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
