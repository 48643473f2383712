package com.vendorsla.standalone;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real PostgreSQL (17, from the zonky binaries) started inside this JVM. Its data directory survives
 * restarts; the server is a bean so that Spring stops it last, after every processor has let go of it.
 * A PostgreSQL orphaned by a JVM killed hard is stopped before the start ({@link OrphanedPostmaster}).
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
        // after a kill -9 the previous JVM's PostgreSQL still runs on this folder: stop it first (see the class)
        OrphanedPostmaster.clear(directory, Duration.ofSeconds(60));
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
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), directory);
        return postgres;
    }

    /**
     * The pool's timeouts come from {@code spring.datasource.hikari.*} (platform-web.yml), as on the split sides; its
     * size from {@code sla.embedded-postgres.pool-size}.
     */
    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgres postgres, Environment environment,
                                @Value("${sla.embedded-postgres.pool-size:20}") int poolSize) {
        HikariConfig config = Binder.get(environment).bind("spring.datasource.hikari", Bindable.of(HikariConfig.class))
                .orElseGet(HikariConfig::new);
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setPassword("postgres");
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(Math.min(config.getMinimumIdle() < 0 ? poolSize : config.getMinimumIdle(), poolSize));
        config.setPoolName("embedded");
        return new HikariDataSource(config);
    }
}
