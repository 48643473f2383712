package com.vendorsla.standalone;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Serves the web interface (module web-ui, packaged under {@code static/}) at {@code /}. An address of the
 * single-page app ({@code /vendors/vnd-…}, {@code /agreements/…/periods/2026-02}) answers {@code index.html}, so a deep
 * link survives a reload; the app's router then shows the page. What belongs to the platform's HTTP API and tools
 * ({@code /api}, {@code /actuator}, {@code /v3}, {@code /swagger-ui}) is never answered with the page, and neither is
 * a missing file (a path with an extension): both stay the problem+json 404 they were. No authentication is needed
 * for these files (the security chains match {@code /api/**} only); the API still checks every request.
 */
@Configuration(proxyBeanMethods = false)
class WebInterface implements WebMvcConfigurer {

    static final List<String> PLATFORM_PATHS = List.of("api", "actuator", "v3", "swagger-ui");

    /**
     * Where the files are: the web-ui jar's {@code static/}, after any directory an operator puts first (README, "The
     * web interface": a production {@code ui-config.json}).
     */
    private final String[] locations;

    WebInterface(@Value("${spring.web.resources.static-locations:classpath:/static/}") String[] locations) {
        this.locations = Arrays.stream(locations).map(location -> location.endsWith("/") ? location : location + "/")
                .toArray(String[]::new);
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        // file names carry a content hash: cached for good
        registry.addResourceHandler("/assets/**")
                .addResourceLocations(Arrays.stream(locations).map(location -> location + "assets/").toArray(String[]::new))
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
        registry.addResourceHandler("/**")
                .addResourceLocations(locations)
                .setCacheControl(CacheControl.noCache())
                .resourceChain(true)
                .addResolver(new SinglePageResolver());
    }

    /** A file that exists; else, for an address of the app, index.html; else nothing (404). */
    static final class SinglePageResolver extends PathResourceResolver {

        @Override
        protected Resource getResource(String resourcePath, Resource location) throws IOException {
            Resource file = super.getResource(resourcePath, location);
            if (file != null) {
                return file;
            }
            return isAppAddress(resourcePath) ? super.getResource("index.html", location) : null;
        }
    }

    /** Whether a path (without its leading slash) is one of the app's own addresses. */
    static boolean isAppAddress(String path) {
        String first = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
        if (PLATFORM_PATHS.contains(first) || first.startsWith("swagger-ui")) {
            return false;
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return !last.contains(".");
    }
}
