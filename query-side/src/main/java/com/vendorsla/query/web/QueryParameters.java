package com.vendorsla.query.web;

import com.vendorsla.sharedkernel.common.BadRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.datetime.standard.InstantFormatter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.text.ParseException;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * Query parameters the read models can be asked with. PostgreSQL's text cannot hold U+0000 and its timestamps stop
 * at 294276 AD, where an {@link Instant} goes on for a billion years: such a parameter used to reach the SQL and
 * answer 500. Both are a 400 naming the parameter now, before any query runs (the write side's bodies have the same
 * rule in its {@code StorableText}).
 */
@Configuration(proxyBeanMethods = false)
public class QueryParameters implements WebMvcConfigurer {

    /** ISO-8601's four-digit years: what an instant parameter ({@code asOf}, {@code from}, ...) may name. */
    static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private static final String QUERY_SIDE = "com.vendorsla.query";

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(Instant.class, new BoundedInstants());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new NoNulCharacter()).addPathPatterns("/api/**").order(Ordered.HIGHEST_PRECEDENCE);
    }

    /** Spring's instant parameters (ISO-8601, RFC 1123 or epoch milliseconds), between years 1 and 9999. */
    static final class BoundedInstants implements Formatter<Instant> {

        private final InstantFormatter formats = new InstantFormatter();

        @Override
        public Instant parse(String text, Locale locale) throws ParseException {
            Instant instant = formats.parse(text, locale);
            if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
                throw new IllegalArgumentException("an instant between years 1 and 9999");
            }
            return instant;
        }

        @Override
        public String print(Instant instant, Locale locale) {
            return formats.print(instant, locale);
        }
    }

    /** A query parameter (name or value) with U+0000 names nothing a read model holds. */
    static final class NoNulCharacter implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            if (!(handler instanceof HandlerMethod method) || !method.getBeanType().getPackageName().startsWith(QUERY_SIDE)) {
                return true;
            }
            for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
                boolean nul = parameter.getKey().indexOf('\u0000') >= 0;
                for (String value : parameter.getValue()) {
                    nul |= value.indexOf('\u0000') >= 0;
                }
                if (nul) {
                    throw new BadRequest(parameter.getKey().replace('\u0000', '?'),
                            "must not contain the NUL character (\\u0000)");
                }
            }
            return true;
        }
    }
}
