package com.vendorsla.platform.security;

import com.vendorsla.platform.web.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;

/**
 * A URL Spring Security's firewall refuses (an encoded '.', '%' or ';', a '..' segment, ...) is bad input like any
 * other: a 400 problem, not Spring Boot's error page. The firewall stands before either side's chain, so one
 * handler answers for both.
 */
@Configuration(proxyBeanMethods = false)
public class RejectedUrls {

    @Bean
    WebSecurityCustomizer rejectedUrlsAsProblems() {
        return web -> web.requestRejectedHandler((request, response, rejected) -> Problems.write(response,
                HttpStatus.BAD_REQUEST, "BAD_REQUEST", "the URL holds a sequence this API refuses (a '..' segment, an "
                        + "encoded '.', '/', '\\', '%' or ';'); ids never contain one"));
    }
}
