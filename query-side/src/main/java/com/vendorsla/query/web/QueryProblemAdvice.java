package com.vendorsla.query.web;

import com.vendorsla.platform.web.Problems;
import com.vendorsla.platform.web.StoreOutage;
import com.vendorsla.sharedkernel.common.BadRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionException;

/** Every failure of the read side as an RFC 9457 problem (503 STORE_UNAVAILABLE when the database is out of reach); never a stack trace. */
@RestControllerAdvice(basePackages = "com.vendorsla.query")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class QueryProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(QueryProblemAdvice.class);

    @ExceptionHandler(NotFound.class)
    ResponseEntity<Object> notFound(NotFound e) {
        return entity(Problems.problem(HttpStatus.NOT_FOUND, "NOT_FOUND", e.getMessage()), null);
    }

    /** A vendor's user outside what its vendor may see (see {@link VendorScope}): as the security chain answers it. */
    @ExceptionHandler(VendorScope.OutsideVendorScope.class)
    ResponseEntity<Object> outsideVendorScope(VendorScope.OutsideVendorScope e) {
        return entity(Problems.problem(HttpStatus.FORBIDDEN, "FORBIDDEN", e.getMessage()), null);
    }

    @ExceptionHandler(BadRequest.class)
    ResponseEntity<Object> badRequest(BadRequest e) {
        ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", e.getMessage());
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
        return entity(problem, null);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        String message = "'" + e.getValue() + "' is not a valid " + e.getName();
        ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", message);
        problem.setProperty("errors", List.of(Map.of("field", e.getName(), "message", message)));
        return entity(problem, null);
    }

    @ExceptionHandler(ReadYourWrites.ReadModelBehind.class)
    ResponseEntity<Object> behind(ReadYourWrites.ReadModelBehind e) {
        ProblemDetail problem = Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "READ_MODEL_BEHIND",
                e.getMessage() + "; retry shortly");
        problem.setProperty("minVersion", e.minVersion());
        e.current().ifPresent(version -> problem.setProperty("currentVersion", version));
        return entity(problem, "1");
    }

    @ExceptionHandler(CompletionException.class)
    ResponseEntity<Object> queryFailed(CompletionException e) throws Exception {
        if (e.getCause() instanceof RuntimeException cause) {
            if (cause instanceof NotFound notFound) {
                return notFound(notFound);
            }
            if (cause instanceof BadRequest badRequest) {
                return badRequest(badRequest);
            }
        }
        return unexpected(e);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        if (StoreOutage.causedBy(e)) {
            return StoreOutage.problem(e); // the database is out of reach: 503, as the write side answers
        }
        String errorId = UUID.randomUUID().toString();
        log.error("unexpected failure {}", errorId, e);
        return entity(Problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR",
                "the request could not be answered (error " + errorId + ")"), null);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        return Problems.completed(super.handleExceptionInternal(ex, body, headers, statusCode, request));
    }

    private static ResponseEntity<Object> entity(ProblemDetail problem, String retryAfter) {
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (retryAfter != null) {
            builder.header(HttpHeaders.RETRY_AFTER, retryAfter);
        }
        return builder.body(problem);
    }
}
