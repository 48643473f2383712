package com.vendorsla.query.web;

/** Nothing is recorded under the requested id (404). */
public class NotFound extends RuntimeException {

    public NotFound(String what, String id) {
        super("no " + what + " " + id, null, false, false);
    }
}
