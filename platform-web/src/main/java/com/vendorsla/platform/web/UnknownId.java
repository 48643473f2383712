package com.vendorsla.platform.web;

/**
 * A path names an id that cannot be an id of its kind ({@code agreement}, {@code vendor}), so it names nothing that
 * exists: each side answers it as it answers an unknown id of that kind (404). Thrown by {@link PathIds}' converters;
 * Spring MVC hands it to the advice wrapped in a type mismatch, where {@link #in} finds it.
 */
public class UnknownId extends RuntimeException {

    private final String kind;
    private final String value;

    public UnknownId(String kind, String value) {
        super("no " + kind + " " + value, null, false, false);
        this.kind = kind;
        this.value = value;
    }

    public String kind() {
        return kind;
    }

    public String value() {
        return value;
    }

    /** The unknown id behind a failure (a type mismatch wraps it in a conversion failure), or null. */
    public static UnknownId in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnknownId unknown) {
                return unknown;
            }
        }
        return null;
    }
}
