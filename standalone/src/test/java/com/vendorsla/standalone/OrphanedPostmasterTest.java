package com.vendorsla.standalone;

import com.vendorsla.standalone.support.Postmaster;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What standalone does at start with a data folder whose {@code postmaster.pid} survived its JVM: a real PostgreSQL
 * orphaned on the folder is stopped with every committed row kept; a pid that is dead, or alive but not a postgres of
 * that folder (an unrelated process, another folder's postmaster), is never signalled; a folder held by a running
 * platform is left alone.
 */
class OrphanedPostmasterTest {

    private final List<Process> started = new ArrayList<>();

    @TempDir
    Path temp;

    @AfterEach
    void stopWhatWeStarted() throws InterruptedException {
        for (Process process : started) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    @Test
    void aFolderWithoutPidFile_isNothingToDo() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("empty"));
        assertThat(OrphanedPostmaster.inspect(folder)).isEqualTo(new OrphanedPostmaster.Finding.None());
        OrphanedPostmaster.clear(folder, Duration.ofSeconds(5));
    }

    @Test
    void aStalePidFileWithADeadPid_isSetAside() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("dead"));
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        long deadPid = gone.pid();
        writePidFile(folder, deadPid);

        assertThat(OrphanedPostmaster.inspect(folder)).isInstanceOf(OrphanedPostmaster.Finding.Stale.class);
        OrphanedPostmaster.clear(folder, Duration.ofSeconds(5));

        assertThat(folder.resolve("postmaster.pid")).doesNotExist();
        try (var aside = Files.list(folder)) {
            assertThat(aside.map(path -> path.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("postmaster.pid.stale-"));
        }
    }

    @Test
    void theLivePidOfAnUnrelatedProcess_isNeverSignalled() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("unrelated"));
        Process unrelated = start(new ProcessBuilder("sleep", "300"));
        writePidFile(folder, unrelated.pid());

        OrphanedPostmaster.Finding finding = OrphanedPostmaster.inspect(folder);
        assertThat(finding).isEqualTo(new OrphanedPostmaster.Finding.Stale(unrelated.pid(),
                "that process is not a PostgreSQL of this data folder"));
        OrphanedPostmaster.clear(folder, Duration.ofSeconds(5));

        assertThat(unrelated.waitFor(1, TimeUnit.SECONDS)).as("the unrelated process was signalled").isFalse();
        assertThat(unrelated.isAlive()).isTrue();
        assertThat(folder.resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void anOrphanedPostmaster_isStoppedWithEveryCommittedRow_andTheNextStartFindsThem() throws Exception {
        Path folder = temp.resolve("data").resolve("postgres");
        Path postgresBinary = initialiseWithRow(folder);
        Process orphan = startPostmasterWithoutOwner(postgresBinary, folder);
        long orphanPid = pidIn(folder);
        assertThat(OrphanedPostmaster.inspect(folder)).isEqualTo(new OrphanedPostmaster.Finding.Orphan(orphanPid));

        OrphanedPostmaster.clear(folder, Duration.ofSeconds(60));

        assertThat(orphan.waitFor(1, TimeUnit.SECONDS)).isTrue();
        assertThat(folder.resolve("postmaster.pid")).doesNotExist();
        try (EmbeddedPostgres again = builder(folder).start();
             Connection connection = again.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select note from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("committed before the kill");
        }
    }

    @Test
    void aPidFileNamingThePostmasterOfAnotherFolder_neverStopsIt() throws Exception {
        Path other = temp.resolve("other").resolve("postgres");
        Process otherPostmaster = startPostmasterWithoutOwner(initialiseWithRow(other), other);
        Path folder = Files.createDirectories(temp.resolve("copied"));
        writePidFile(folder, pidIn(other));

        assertThat(OrphanedPostmaster.inspect(folder)).isInstanceOf(OrphanedPostmaster.Finding.Stale.class);
        OrphanedPostmaster.clear(folder, Duration.ofSeconds(5));

        assertThat(otherPostmaster.waitFor(1, TimeUnit.SECONDS)).as("another folder's postmaster was stopped").isFalse();
        assertThat(other.resolve("postmaster.pid")).exists();
    }

    @Test
    void aFolderHeldByARunningPlatform_isLeftAlone() throws Exception {
        Path folder = temp.resolve("held").resolve("postgres");
        Files.createDirectories(folder.getParent());
        try (EmbeddedPostgres running = builder(folder).start()) {
            long pid = pidIn(folder);
            assertThatThrownBy(() -> OrphanedPostmaster.clear(folder, Duration.ofSeconds(5)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("in use");
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).contains(true);
            assertThat(running.getPostgresDatabase().getConnection().isValid(1)).isTrue();
        }
    }

    /** Creates the cluster with one committed row and stops it cleanly; answers the postgres executable zonky uses. */
    private static Path initialiseWithRow(Path folder) throws Exception {
        Files.createDirectories(folder.getParent());
        try (EmbeddedPostgres postgres = builder(folder).start()) {
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("create table kept (note text)");
                statement.execute("insert into kept values ('committed before the kill')");
            }
            return Path.of(ProcessHandle.of(pidIn(folder)).orElseThrow().info().command().orElseThrow());
        }
    }

    /** A postmaster on the folder that no JVM owns (no zonky lock), as a killed standalone leaves it. */
    private Process startPostmasterWithoutOwner(Path postgresBinary, Path folder) throws Exception {
        int port;
        try (var socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            // PostgreSQL refuses to run as root; zonky runs it in a user namespace of its own there, and so do we
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(postgresBinary.toString(), "-D", folder.toString(), "-p", Integer.toString(port), "-F"));
        Process postmaster = start(new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(temp.resolve("postmaster-" + port + ".log").toFile()));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!(Files.exists(folder.resolve("postmaster.pid")) && pidIn(folder) == postmaster.pid())) {
            assertThat(postmaster.isAlive()).as("postmaster exited").isTrue();
            assertThat(System.nanoTime()).as("postmaster did not write its pid file").isLessThan(deadline);
            Thread.sleep(50);
        }
        return postmaster;
    }

    private Process start(ProcessBuilder builder) throws IOException {
        Process process = builder.start();
        started.add(process);
        return process;
    }

    private static EmbeddedPostgres.Builder builder(Path folder) {
        return EmbeddedPostgres.builder().setDataDirectory(folder).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false);
    }

    private static void writePidFile(Path folder, long pid) throws IOException {
        Files.writeString(folder.resolve("postmaster.pid"), pid + "\n" + folder + "\n1765000000\n5432\n/tmp\nlocalhost\n0 0\nready\n");
    }

    private static long pidIn(Path folder) {
        return Postmaster.pid(folder).orElse(-1L);
    }
}
