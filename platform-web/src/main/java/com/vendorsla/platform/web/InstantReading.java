package com.vendorsla.platform.web;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.module.SimpleModule;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads instants written as {@link Instant#toString()} writes them ({@code 2026-02-01T09:30:00Z}, with 1 to 9
 * fraction digits or none) by hand, and leaves every other form (offsets, numbers, odd years, leap seconds, errors)
 * to Jackson's own reader, which gives the same instant for these and is the one whose errors the API reports. Events,
 * snapshots and read-model documents are full of instants: Jackson reads each through a {@code DateTimeFormatter}
 * (about a microsecond and a map of parsed fields per value), which was the largest single cost of loading a month
 * with 10,000 incidents from its snapshot and of the period projection (docs/benchmarks.md, "Intake").
 */
final class InstantReading extends ValueDeserializer<Instant> {

    private static final int[] SCALE = {0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

    private InstantReading() {
    }

    /** The module that installs it, for the API's mapper and Axon's alike. */
    static SimpleModule module() {
        return new SimpleModule("instant-reading").addDeserializer(Instant.class, new InstantReading());
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) {
        if (parser.hasToken(JsonToken.VALUE_STRING)) {
            Instant instant = parseCanonical(parser.getString());
            if (instant != null) {
                return instant;
            }
        }
        return InstantDeserializer.INSTANT.deserialize(parser, context);
    }

    /** {@code uuuu-MM-ddTHH:mm:ss[.f{1,9}]Z} as an instant, or null when the text is anything else. */
    static Instant parseCanonical(String text) {
        int length = text.length();
        if (length < 20 || length == 21 || length > 30 || text.charAt(4) != '-' || text.charAt(7) != '-'
                || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':'
                || text.charAt(length - 1) != 'Z') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
                || second > 59) {
            return null;
        }
        int nanos = 0;
        if (length > 20) {
            int fractionDigits = length - 21;
            int fraction = text.charAt(19) == '.' ? digits(text, 20, fractionDigits) : -1;
            if (fraction < 0) {
                return null;
            }
            nanos = fraction * SCALE[fractionDigits];
        }
        try {
            long days = LocalDate.of(year, month, day).toEpochDay();
            return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
        } catch (DateTimeException notADate) {
            return null; // 2026-02-30: Jackson's reader says what is wrong
        }
    }

    /** The decimal number of {@code count} digits at {@code from}, or -1 if one of them is not a digit. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
