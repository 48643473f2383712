package com.vendorsla.standalone.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Times one kind of read for the benchmarks' tables. */
final class ReadTimings {

    static final String HEADER = "| read | runs | p50 ms | p95 ms | max ms |\n|---|---:|---:|---:|---:|";

    private ReadTimings() {
    }

    /**
     * Warms up with two reads, then times {@code runs} reads one after another; each must answer 200. Returns the
     * table row {@code | what | runs | p50 | p95 | max |}.
     */
    static String row(String what, int runs, IntSupplier read) {
        for (int i = 0; i < 2; i++) {
            assertThat(read.getAsInt()).isEqualTo(200);
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            assertThat(read.getAsInt()).isEqualTo(200);
            millis.add((System.nanoTime() - t0) / 1e6);
        }
        Collections.sort(millis);
        return String.format(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.0f |", what, runs,
                millis.get(millis.size() / 2), millis.get((int) Math.ceil(0.95 * millis.size()) - 1),
                millis.get(millis.size() - 1));
    }
}
