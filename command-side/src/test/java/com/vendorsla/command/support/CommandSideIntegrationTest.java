package com.vendorsla.command.support;

import com.vendorsla.sharedkernel.testsupport.DemoUserHttp;
import com.vendorsla.sharedkernel.testsupport.TestPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The write side as it runs, on a real PostgreSQL database of its own (one per test class), driven over HTTP
 * as a client would, with the demo users ({@link DemoUserHttp}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
public abstract class CommandSideIntegrationTest extends DemoUserHttp {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.freshDataSource(registry::add);
    }

    @Override
    protected int serverPort() {
        return port;
    }
}
