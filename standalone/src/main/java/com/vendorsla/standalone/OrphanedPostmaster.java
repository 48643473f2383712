package com.vendorsla.standalone;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The embedded PostgreSQL left running by a standalone JVM that was killed hard ({@code kill -9}, OOM killer): found by
 * the data folder's {@code postmaster.pid} and stopped with a fast shutdown before the next start, so that the next
 * start finds every record and never runs a second postmaster on one data folder.
 *
 * <p>Safety, in this order: (1) a live standalone holds zonky's {@code epg-lock} in the data folder, so a folder whose
 * lock is taken belongs to a running platform and nothing is touched; (2) the pid of {@code postmaster.pid} is
 * signalled only if that process is alive, is a {@code postgres} executable and works in THIS data folder (its
 * working directory, which a postmaster sets to its data folder, or its {@code -D} argument); any other pid, dead or
 * an unrelated process that got the number again, is never signalled; (3) a pid file naming no postmaster of this
 * folder is stale: it is set aside (renamed, not deleted) so that PostgreSQL does not refuse to start because the
 * number now belongs to someone else, but only after checking that no postgres process at all works in the folder.
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);
    static final String PID_FILE = "postmaster.pid";
    static final String LOCK_FILE = "epg-lock";

    /** What the data folder's {@code postmaster.pid} says, judged against the running processes. */
    sealed interface Finding {
        /** No pid file: PostgreSQL was stopped cleanly (or never started). */
        record None() implements Finding { }

        /** The pid file names a live postgres whose data folder is this one: the orphan. */
        record Orphan(long pid) implements Finding { }

        /** The pid file names a process that is not alive, or alive but not a postgres of this folder. */
        record Stale(long pid, String why) implements Finding { }
    }

    private OrphanedPostmaster() {
    }

    /**
     * Makes the data folder startable: stops an orphaned postmaster (fast shutdown, waiting for it) or sets a stale
     * pid file aside. Fails with a clear message if another running platform holds the folder.
     */
    static void clear(Path dataDirectory, Duration stopLimit) {
        if (!Files.isDirectory(dataDirectory)) {
            return;
        }
        assertNoLiveOwner(dataDirectory);
        Finding finding = inspect(dataDirectory);
        if (finding instanceof Finding.Orphan orphan) {
            stop(dataDirectory, orphan.pid(), stopLimit);
        } else if (finding instanceof Finding.Stale stale) {
            setAside(dataDirectory, stale);
        }
    }

    /** Reads {@code postmaster.pid} and judges its pid; never signals anything. */
    static Finding inspect(Path dataDirectory) {
        OptionalLong pid = pidIn(dataDirectory.resolve(PID_FILE));
        if (pid.isEmpty()) {
            return Files.exists(dataDirectory.resolve(PID_FILE))
                    ? new Finding.Stale(-1, "its first line is not a process id")
                    : new Finding.None();
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid.getAsLong());
        if (process.isEmpty() || !process.get().isAlive()) {
            return new Finding.Stale(pid.getAsLong(), "no process has that id any more");
        }
        if (!isPostgresOf(process.get(), dataDirectory)) {
            return new Finding.Stale(pid.getAsLong(), "that process is not a PostgreSQL of this data folder");
        }
        return new Finding.Orphan(pid.getAsLong());
    }

    /** A live {@code postgres} executable whose data folder is this one. */
    static boolean isPostgresOf(ProcessHandle process, Path dataDirectory) {
        ProcessHandle.Info info = process.info();
        String command = info.command().orElse("");
        if (!Path.of(command.isEmpty() ? "unknown" : command).getFileName().toString().equals("postgres")) {
            return false;
        }
        Path folder = normalized(dataDirectory);
        // a postmaster changes its working directory to its data folder; /proc tells where it is (Linux)
        try {
            Path cwd = Path.of("/proc", Long.toString(process.pid()), "cwd");
            if (Files.exists(cwd) && normalized(cwd.toRealPath()).equals(folder)) {
                return true;
            }
        } catch (IOException | SecurityException e) {
            // not readable: fall back to the arguments
        }
        List<String> arguments = List.of(info.arguments().orElse(new String[0]));
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            String value = argument.equals("-D") && i + 1 < arguments.size() ? arguments.get(i + 1)
                    : argument.startsWith("-D") && argument.length() > 2 ? argument.substring(2) : null;
            if (value != null && normalized(Path.of(value)).equals(folder)) {
                return true;
            }
        }
        return false;
    }

    private static void assertNoLiveOwner(Path dataDirectory) {
        Path lockFile = dataDirectory.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return;
        }
        try (RandomAccessFile file = new RandomAccessFile(lockFile.toFile(), "rw");
             FileChannel channel = file.getChannel();
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("The data folder " + dataDirectory + " is in use by a platform that is"
                        + " still running (it holds " + lockFile + "). Stop that one first, or start this one with"
                        + " another --sla.data-dir.");
            }
        } catch (OverlappingFileLockException e) {
            throw new IllegalStateException("The data folder " + dataDirectory + " is in use by a PostgreSQL this"
                    + " process started already");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check " + lockFile, e);
        }
    }

    private static void stop(Path dataDirectory, long pid, Duration limit) {
        ProcessHandle postmaster = ProcessHandle.of(pid).orElse(null);
        if (postmaster == null || !postmaster.isAlive()) {
            return;
        }
        Instant started = Instant.now();
        log.warn("The embedded PostgreSQL of {} (pid {}) is still running from a platform that did not stop cleanly;"
                + " stopping it (fast shutdown) before starting again", dataDirectory, pid);
        // Checked once more right before the signal, so that a pid given to another process in between is never hit.
        if (!isPostgresOf(postmaster, dataDirectory)) {
            return;
        }
        // SIGINT is PostgreSQL's fast shutdown: sessions are ended, everything committed is kept, a checkpoint is
        // written and the pid file removed. ProcessHandle can only send SIGTERM (smart shutdown, which waits for
        // sessions; an orphan has none left, as its JVM is gone), so SIGTERM is the fallback where kill is missing.
        if (!signalInterrupt(pid)) {
            postmaster.destroy();
        }
        try {
            postmaster.onExit().get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("The orphaned PostgreSQL (pid " + pid + ") of " + dataDirectory
                    + " did not stop within " + limit + "; stop it by hand (kill " + pid + ") and start again");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the orphaned PostgreSQL stopped", e);
        }
        log.info("The orphaned PostgreSQL (pid {}) stopped in {} ms", pid,
                Duration.between(started, Instant.now()).toMillis());
    }

    private static boolean signalInterrupt(long pid) {
        for (String kill : List.of("/bin/kill", "/usr/bin/kill")) {
            if (Files.isExecutable(Path.of(kill))) {
                try {
                    Process process = new ProcessBuilder(kill, "-INT", Long.toString(pid))
                            .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                    return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
                } catch (IOException e) {
                    return false;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return false;
    }

    private static void setAside(Path dataDirectory, Finding.Stale stale) {
        boolean anyPostgresHere = ProcessHandle.allProcesses()
                .anyMatch(process -> process.isAlive() && isPostgresOf(process, dataDirectory));
        if (anyPostgresHere) {
            throw new IllegalStateException("The data folder " + dataDirectory + " has a " + PID_FILE + " naming pid "
                    + stale.pid() + " (" + stale.why() + "), but a PostgreSQL process still works in it; stop it"
                    + " before starting the platform");
        }
        Path pidFile = dataDirectory.resolve(PID_FILE);
        Path aside = dataDirectory.resolve(PID_FILE + ".stale-" + System.currentTimeMillis());
        try {
            Files.move(pidFile, aside);
            log.warn("Set the stale {} of {} aside as {}: it named pid {} and {}", PID_FILE, dataDirectory,
                    aside.getFileName(), stale.pid(), stale.why());
        } catch (NoSuchFileException e) {
            // gone meanwhile: nothing to set aside
        } catch (IOException e) {
            throw new UncheckedIOException("cannot set aside " + pidFile, e);
        }
    }

    private static OptionalLong pidIn(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(lines.get(0).trim()));
        } catch (NoSuchFileException e) {
            return OptionalLong.empty();
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pidFile, e);
        }
    }

    private static Path normalized(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        try {
            return absolute.toRealPath();
        } catch (IOException e) {
            return absolute;
        }
    }
}
