package com.vendorsla.standalone;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real PostgreSQL (17, from the zonky binaries) started inside this JVM. Its data directory survives
 * restarts; the server is a bean so that Spring stops it last, after every processor has let go of it.
 * Set {@code sla.embedded-postgres.enabled=false} and {@code spring.datasource.*} to use an external server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "sla.embedded-postgres.enabled", havingValue = "true", matchIfMissing = true)
public class EmbeddedDatabaseConfig {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfig.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${sla.data-dir:./data}") String dataDir,
                                      @Value("${sla.embedded-postgres.port:0}") int port) throws IOException {
        Path directory = Path.of(dataDir).toAbsolutePath().normalize().resolve("postgres");
        Files.createDirectories(directory.getParent());
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                // Spring closes this bean last, after every processor has stopped. zonky's own JVM shutdown hook
                // would stop PostgreSQL at the same moment as Spring's, under the feet of running processors.
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "100")
                .setServerConfig("fsync", "on");
        if (port > 0) {
            builder.setPort(port);
        }
        stopOrphanedServer(directory);
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), directory);
        return postgres;
    }

    /**
     * A JVM killed hard (kill -9, an OOM killer) cannot stop its PostgreSQL: the server goes on running on its own, holding
     * the data directory, and a restart would fail on its lock file. Such a server (the live process the directory's
     * postmaster.pid names, a postgres) is asked to shut down first; it has no clients left, its JVM being gone. A dead
     * one's pid file is left to PostgreSQL, which recovers from its WAL as after any crash.
     */
    static void stopOrphanedServer(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
        } catch (RuntimeException unreadable) {
            return;
        }
        ProcessHandle server = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(handle -> handle.info().command().map(command -> command.contains("postgres")).orElse(false))
                .orElse(null);
        if (server == null) {
            return;
        }
        log.warn("PostgreSQL (pid {}) still runs on {} after its JVM died: stopping it before starting again", pid,
                directory);
        server.destroy(); // SIGTERM: a smart shutdown, which ends at once as no client is connected any more
        try {
            server.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            log.warn("PostgreSQL (pid {}) did not stop within 60 s: killing it (it recovers from its WAL)", pid);
            server.destroyForcibly();
            server.onExit().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping the orphaned PostgreSQL " + pid, e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("could not stop the orphaned PostgreSQL " + pid, e);
        }
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres, @Value("${sla.embedded-postgres.pool-size:20}") int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setPassword("postgres");
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("embedded");
        return new HikariDataSource(config);
    }
}
