package com.vendorsla.platform.security;

import com.vendorsla.platform.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 as problem documents, like every other error. */
public final class ProblemSecurityHandlers {

    private ProblemSecurityHandlers() {
    }

    /**
     * A 401 that challenges for the given scheme ({@code WWW-Authenticate}, see {@link PlatformAuthentication}); a
     * login refused by {@link LoginThrottle} is a 429 {@code TOO_MANY_FAILED_LOGINS} with {@code Retry-After}.
     */
    public static AuthenticationEntryPoint unauthorized(String challenge) {
        return (request, response, exception) -> {
            if (exception instanceof LoginThrottle.TooManyFailedLogins tooMany) {
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(tooMany.retryAfterSeconds()));
                Problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "TOO_MANY_FAILED_LOGINS",
                        "too many failed logins for this user or from this address; try again in "
                                + tooMany.retryAfterSeconds() + " s");
                return;
            }
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
            Problems.write(response, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "credentials are missing or wrong");
        };
    }

    /** A 403 whose detail says what the role may not ({@code "your role may not do this"}, "... see this"). */
    public static AccessDeniedHandler forbidden(String detail) {
        return (request, response, exception) -> Problems.write(response, HttpStatus.FORBIDDEN, "FORBIDDEN", detail);
    }
}
