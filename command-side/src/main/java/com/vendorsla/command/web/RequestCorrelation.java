package com.vendorsla.command.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request a correlation id (the caller's {@code X-Correlation-Id} when it is sane, else a new one),
 * echoes it, logs with it and hands it to the commands, so an auditor can tie every event to one request.
 * An optional {@code X-Comment} header is the reason recorded on writes that have no reason field of their own.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestCorrelation extends OncePerRequestFilter {

    public static final String HEADER = "X-Correlation-Id";
    public static final String COMMENT_HEADER = "X-Comment";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final ThreadLocal<String> CURRENT_ID = new ThreadLocal<>();
    private static final ThreadLocal<String> CURRENT_COMMENT = new ThreadLocal<>();
    private static final int MAX_COMMENT_LENGTH = 2000;

    static String currentId() {
        String id = CURRENT_ID.get();
        return id != null ? id : UUID.randomUUID().toString();
    }

    static String currentComment() {
        return CURRENT_COMMENT.get();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(HEADER);
        String id = given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
        String comment = request.getHeader(COMMENT_HEADER);
        CURRENT_ID.set(id);
        CURRENT_COMMENT.set(comment == null ? null : comment.substring(0, Math.min(comment.length(), MAX_COMMENT_LENGTH)));
        MDC.put("correlationId", id);
        response.setHeader(HEADER, id);
        try {
            chain.doFilter(request, response);
        } finally {
            CURRENT_ID.remove();
            CURRENT_COMMENT.remove();
            MDC.remove("correlationId");
        }
    }
}
