package com.vendorsla.command.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** 401 and 403 as problem documents, like every other error. */
final class ProblemSecurityHandlers {

    private ProblemSecurityHandlers() {
    }

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, exception) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"vendor-sla\"");
            write(response, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "credentials are missing or wrong");
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, exception) -> write(response, HttpStatus.FORBIDDEN, "FORBIDDEN",
                "your role may not do this");
    }

    private static void write(HttpServletResponse response, HttpStatus status, String code, String detail) throws IOException {
        ProblemWriter.write(response, status, code, detail);
    }
}
