package com.vendorsla.command.web;

import com.vendorsla.sharedkernel.common.RuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** RFC 9457 problem documents as api.md wants them: type, title, status, detail, code, errors. */
public final class Problems {

    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;
    private static final String TYPE_BASE = "https://vendor-sla.example/problems/";

    private Problems() {
    }

    public static ProblemDetail problem(HttpStatusCode status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        HttpStatus known = HttpStatus.resolve(status.value());
        problem.setTitle(known != null ? known.getReasonPhrase() : "Error");
        problem.setType(typeOf(code));
        problem.setProperty("code", code);
        return problem;
    }

    public static ProblemDetail validation(String detail, List<FieldError> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", detail);
        problem.setProperty("errors", errors.stream()
                .map(e -> Map.of("field", e.field(), "message", e.message()))
                .toList());
        return problem;
    }

    public static ProblemDetail ruleBroken(HttpStatusCode status, String code, String detail, List<RuleViolation> violations) {
        ProblemDetail problem = problem(status, code, detail);
        if (!violations.isEmpty()) {
            problem.setProperty("errors", violations.stream()
                    .map(v -> Map.of("field", v.field() == null ? "" : v.field(), "message", v.message(), "code", v.code()))
                    .toList());
        }
        return problem;
    }

    /**
     * Spring's own problems (405, 406, 415, a ResponseStatusException, ...) as ours: with a {@code code} and a
     * {@code type} naming it, and as {@code application/problem+json} whatever the request's Accept header said (an
     * Accept that cannot be parsed would otherwise leave the 406 without a body).
     */
    static ResponseEntity<Object> completed(ResponseEntity<Object> response) {
        if (response == null) {
            return null;
        }
        if (response.getBody() instanceof ProblemDetail problem) {
            HttpStatus known = HttpStatus.resolve(response.getStatusCode().value());
            if (problem.getProperties() == null || !problem.getProperties().containsKey("code")) {
                problem.setProperty("code", known != null ? known.name() : "ERROR");
            }
            if (problem.getType() == null || problem.getType().equals(URI.create("about:blank"))) {
                problem.setType(typeOf(String.valueOf(problem.getProperties().get("code"))));
            }
        }
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                .contentType(PROBLEM_JSON).body(response.getBody());
    }

    private static URI typeOf(String code) {
        return URI.create(TYPE_BASE + code.toLowerCase().replace('_', '-'));
    }

    public static ResponseEntity<Object> entity(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(PROBLEM_JSON).body(problem);
    }

    public record FieldError(String field, String message) {
    }
}
