package com.vendorsla.standalone.demo;

import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo vendor user {@code northwind} of application.yml is bound to the portfolio's Northwind Hosting. */
class DemoVendorUserTest {

    @Test
    void theConfiguredVendorIdIsTheOneThePortfolioDerivesFromNorthwindsName() throws IOException {
        List<PropertySource<?>> sources = new YamlPropertySourceLoader()
                .load("application.yml", new ClassPathResource("application.yml"));
        Object bound = sources.stream().map(source -> source.getProperty("sla.demo.vendor-users.northwind"))
                .filter(value -> value != null).findFirst().orElse(null);
        assertThat(String.valueOf(bound)).isEqualTo(DemoPortfolio.vendorId("Northwind Hosting").value());
    }
}
