package com.vendorsla.platform.web;

import com.vendorsla.sharedkernel.common.RuleViolation;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * RFC 9457 problem documents as api.md wants them: type, title, status, detail, code, errors. The one place that
 * says what a problem's {@code type} is ({@value #TYPE_BASE} and the code in lower case with hyphens, as in
 * {@code .../problems/validation-failed}) and how a document is written where no message converter reaches
 * (servlet filters, security handlers, the container's error pages): JSON-escaped, in UTF-8.
 */
public final class Problems {

    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;
    public static final String TYPE_BASE = "https://vendor-sla.example/problems/";

    private Problems() {
    }

    public static ProblemDetail problem(HttpStatusCode status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(titleOf(status.value()));
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
    public static ResponseEntity<Object> completed(ResponseEntity<Object> response) {
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

    public static URI typeOf(String code) {
        return URI.create(TYPE_BASE + code.toLowerCase().replace('_', '-'));
    }

    public static ResponseEntity<Object> entity(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(PROBLEM_JSON).body(problem);
    }

    /** Answers a problem document from a servlet filter or a security handler, where no controller advice reaches. */
    public static void write(HttpServletResponse response, HttpStatusCode status, String code, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(PROBLEM_JSON.toString());
        response.setCharacterEncoding("UTF-8");
        String json = json(status.value(), code, detail);
        try {
            response.getWriter().write(json);
        } catch (IllegalStateException outputStreamInUse) {
            // a filter that buffered the answer (the idempotency filter's ContentCachingResponseWrapper) has already
            // opened the response's output stream, which then rules out its writer (StoreOutage.Filter after a
            // database outage in that filter's transaction, SplitTopologyFaultsIT)
            response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A problem document's JSON text: what {@link #write} sends, and the container's error pages. */
    public static String json(int status, String code, String detail) {
        return "{\"type\":\"" + escaped(typeOf(code).toString()) + "\",\"title\":\"" + escaped(titleOf(status))
                + "\",\"status\":" + status + ",\"detail\":\"" + escaped(detail) + "\",\"code\":\"" + escaped(code) + "\"}";
    }

    private static String titleOf(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known != null ? known.getReasonPhrase() : "Error";
    }

    /** The text as the inside of a JSON string (RFC 8259, section 7). */
    static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    public record FieldError(String field, String message) {
    }
}
