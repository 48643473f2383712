package com.vendorsla.standalone;

import com.vendorsla.command.CommandSideApplication;
import com.vendorsla.query.QuerySideApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The embedded default: command side and query side in one JVM on port 8080, over a PostgreSQL that runs
 * inside this JVM with its data in a directory ({@code ./data} unless {@code sla.data-dir} says otherwise).
 * The two sides still talk only through the event store, exactly as when they run apart.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackages = {"com.vendorsla.command", "com.vendorsla.query", "com.vendorsla.standalone"},
        excludeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
                classes = {CommandSideApplication.class, QuerySideApplication.class}))
public class StandaloneApplication {

    public static void main(String[] args) {
        SpringApplication.run(StandaloneApplication.class, args);
    }
}
