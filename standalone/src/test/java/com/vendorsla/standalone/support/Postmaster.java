package com.vendorsla.standalone.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A test's own PostgreSQL, found by its data folder's {@code postmaster.pid}: its pid, and the server frozen as a
 * network partition leaves it to its clients (every process stopped with SIGSTOP: connections stay open, nothing
 * answers, nothing is ended), then thawed. Only processes of that pid file are ever signalled.
 */
public final class Postmaster {

    private Postmaster() {
    }

    /** The pid {@code postmaster.pid} names in {@code dataFolder} (the folder PostgreSQL runs on), if there is one. */
    public static Optional<Long> pid(Path dataFolder) {
        Path pidFile = dataFolder.resolve("postmaster.pid");
        try {
            List<String> lines = Files.exists(pidFile) ? Files.readAllLines(pidFile) : List.of();
            return lines.isEmpty() || lines.get(0).isBlank() ? Optional.empty()
                    : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stops the postmaster of {@code dataFolder} and every process under it (backends, checkpointer, WAL writer...)
     * with SIGSTOP; {@link Frozen#close} resumes them. The postmaster first, so that it starts no new backend meanwhile.
     */
    public static Frozen freeze(Path dataFolder) {
        ProcessHandle postmaster = pid(dataFolder).flatMap(ProcessHandle::of)
                .filter(process -> process.info().command().orElse("").endsWith("/postgres"))
                .orElseThrow(() -> new IllegalStateException("no running postgres of " + dataFolder));
        List<Long> pids = new ArrayList<>();
        pids.add(postmaster.pid());
        signal("-STOP", pids);
        postmaster.descendants().map(ProcessHandle::pid).forEach(pids::add);
        signal("-STOP", pids.subList(1, pids.size()));
        return new Frozen(pids);
    }

    /** A frozen server: closing it resumes every process that was stopped, the postmaster last. */
    public static final class Frozen implements AutoCloseable {
        private final List<Long> pids;
        private boolean thawed;

        private Frozen(List<Long> pids) {
            this.pids = pids;
        }

        public int processes() {
            return pids.size();
        }

        @Override
        public void close() {
            if (!thawed) {
                thawed = true;
                List<Long> lastFirst = new ArrayList<>(pids);
                Collections.reverse(lastFirst);
                signal("-CONT", lastFirst);
            }
        }
    }

    private static void signal(String signal, List<Long> pids) {
        if (pids.isEmpty()) {
            return;
        }
        List<String> command = new ArrayList<>(List.of("kill", signal));
        pids.forEach(pid -> command.add(pid.toString()));
        try {
            Process kill = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(kill.getInputStream().readAllBytes());
            if (kill.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + ": " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
