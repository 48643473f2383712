package com.vendorsla.command.web;

import com.vendorsla.platform.web.Problems;
import com.vendorsla.platform.web.StoreOutage;
import com.vendorsla.platform.web.UnknownId;
import com.vendorsla.command.config.ExpectedVersion;
import com.vendorsla.command.config.RuleCodes;
import com.vendorsla.sharedkernel.common.BadRequest;
import com.vendorsla.sharedkernel.common.BusinessRuleViolation;
import com.vendorsla.sharedkernel.common.RuleBreach;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every failure of the write side becomes an RFC 9457 problem (api.md, Errors): 400 malformed input with
 * {@code errors}, 404 unknown ids, 409 broken rules with a stable {@code code}, 412 stale {@code If-Match}.
 * Never a stack trace: what is unexpected is logged under an id and answered without details.
 */
@RestControllerAdvice(basePackages = "com.vendorsla.command")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    /** A Java class or package name in a message: such a message stays in the log. */
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(com|org|java|javax|jakarta|tools|sun|jdk)\\.[a-z]");

    @ExceptionHandler(BadRequest.class)
    ResponseEntity<Object> badRequest(BadRequest e) {
        return Problems.entity(Problems.validation(e.getMessage(), List.of(new Problems.FieldError(e.field(), e.getMessage()))));
    }

    @ExceptionHandler(BusinessRuleViolation.class)
    ResponseEntity<Object> ruleBroken(BusinessRuleViolation e) {
        return ruleBroken(new RuleBreach(e.code(), e.getMessage(), e.violations()));
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<Object> commandFailed(CommandExecutionException e) {
        java.util.Optional<Object> details = e.getDetails();
        if (details.isPresent() && details.get() instanceof RuleBreach breach) {
            return ruleBroken(breach);
        }
        Throwable cause = e.getCause();
        if (cause instanceof AggregateNotFoundException notFound) {
            return notFound(notFound);
        }
        if (cause instanceof ConflictingAggregateVersionException conflict) {
            return versionConflict(conflict);
        }
        if (cause instanceof ConcurrencyException concurrency) {
            return concurrentModification(concurrency);
        }
        return unexpected(e);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<Object> notFound(AggregateNotFoundException e) {
        return Problems.entity(Problems.problem(HttpStatus.NOT_FOUND, "NOT_FOUND",
                "nothing is recorded under id " + e.getAggregateIdentifier()));
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ResponseEntity<Object> versionConflict(ConflictingAggregateVersionException e) {
        if (e.getActualVersion() == ExpectedVersion.NONE) {
            return Problems.entity(Problems.problem(HttpStatus.PRECONDITION_FAILED, "VERSION_MISMATCH",
                    "nothing is recorded under this resource yet, so it has no version " + e.getExpectedVersion()
                            + " as If-Match said; send the request without If-Match to create it"));
        }
        ProblemDetail problem = Problems.problem(HttpStatus.PRECONDITION_FAILED, "VERSION_MISMATCH",
                "the resource is at version " + e.getActualVersion() + ", not " + e.getExpectedVersion()
                        + " as If-Match said; read it again and retry");
        problem.setProperty("currentVersion", e.getActualVersion());
        return Problems.entity(problem);
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<Object> concurrentModification(ConcurrencyException e) {
        ProblemDetail problem = Problems.problem(HttpStatus.CONFLICT, "CONCURRENT_MODIFICATION",
                "another change to the same resource was recorded at the same moment; nothing was changed by this request, retry it");
        return ResponseEntity.status(HttpStatus.CONFLICT).header(HttpHeaders.RETRY_AFTER, "1")
                .contentType(Problems.PROBLEM_JSON).body(problem);
    }

    /** A path id that cannot be an id of its kind names nothing: 404 with the code of an unknown one (VENDOR_NOT_FOUND...). */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        UnknownId unknown = UnknownId.in(e);
        if (unknown != null && e.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return Problems.entity(Problems.problem(HttpStatus.NOT_FOUND,
                    unknown.kind().toUpperCase(Locale.ROOT) + "_NOT_FOUND", unknown.getMessage()));
        }
        return Problems.entity(Problems.validation("'" + e.getValue() + "' is not a valid " + e.getName(),
                List.of(new Problems.FieldError(e.getName(), "is not valid"))));
    }

    /** Nothing could be recorded: 503 STORE_UNAVAILABLE with Retry-After, the answer both sides give (platform-web). */
    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ResponseEntity<Object> storeUnavailable(RuntimeException e) {
        return StoreOutage.problem(e);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        if (StoreOutage.causedBy(e)) {
            return StoreOutage.problem(e);
        }
        String errorId = UUID.randomUUID().toString();
        log.error("unexpected failure {}", errorId, e);
        return Problems.entity(Problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR",
                "the request could not be completed (error " + errorId + "); nothing acknowledged was lost"));
    }

    private ResponseEntity<Object> ruleBroken(RuleBreach breach) {
        // each context's rule codes say what they answer (NOT_FOUND: another vendor's data, as for an unknown id)
        HttpStatus status = HttpStatus.valueOf(RuleCodes.statusOf(breach.code()));
        return Problems.entity(Problems.ruleBroken(status, breach.code(), breach.message(), breach.violations()));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        // a query value bound to a record (ImportOptions) that is not of its type: Spring's message names Java types
        List<Problems.FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> new Problems.FieldError(error.getField(),
                        error.contains(TypeMismatchException.class) ? "is not valid" : error.getDefaultMessage()))
                .collect(Collectors.toList());
        ex.getBindingResult().getGlobalErrors().forEach(error ->
                errors.add(new Problems.FieldError(error.getObjectName(), error.getDefaultMessage())));
        return Problems.entity(Problems.validation("the request has invalid fields", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        List<Problems.FieldError> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new Problems.FieldError(result.getMethodParameter().getParameterName(),
                                error.getDefaultMessage())))
                .toList();
        return Problems.entity(Problems.validation("the request has invalid parameters", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        if (causedBy(ex, BodySizeLimit.TooLarge.class) != null) {
            return Problems.entity(Problems.problem(HttpStatus.CONTENT_TOO_LARGE, "BODY_TOO_LARGE",
                    causedBy(ex, BodySizeLimit.TooLarge.class).getMessage()));
        }
        Throwable cause = ex.getMostSpecificCause();
        String field = "body";
        String message = "the body is not valid JSON for this request";
        // The outermost databind failure knows the path; its causes (a DateTimeParseException, say) do not.
        DatabindException databind = causedBy(ex, DatabindException.class);
        if (databind != null) {
            String path = databind.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            if (!path.isEmpty()) {
                field = path;
            }
            message = describe(databind);
        } else if (cause instanceof IllegalArgumentException illegal && illegal.getMessage() != null
                && !CLASS_NAME.matcher(illegal.getMessage()).find()) {
            message = illegal.getMessage();
        }
        return Problems.entity(Problems.validation("the body could not be read: " + message,
                List.of(new Problems.FieldError(field, message))));
    }

    private static <T extends Throwable> T causedBy(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /**
     * What is wrong with a value, in the API's words. Never Jackson's own message: it names our classes and its
     * tokens ("Cannot deserialize value of type `com.vendorsla...`", "JsonToken.START_ARRAY").
     */
    public static String describe(DatabindException e) {
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
            Class<?> target = invalid.getTargetType();
            if (target.isEnum()) {
                return "'" + invalid.getValue() + "' is not one of " + Arrays.toString(target.getEnumConstants());
            }
            return "'" + invalid.getValue() + "' is not " + expected(target);
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof IllegalArgumentException illegal && illegal.getMessage() != null
                && !CLASS_NAME.matcher(illegal.getMessage()).find()) {
            return illegal.getMessage();
        }
        if (e instanceof MismatchedInputException mismatched) {
            if (String.valueOf(mismatched.getOriginalMessage()).startsWith("Trailing token")) {
                return "the body must be one JSON value with nothing after it";
            }
            if (mismatched.getTargetType() != null) {
                return "must be " + expected(mismatched.getTargetType());
            }
        }
        return "malformed value";
    }

    private static String expected(Class<?> type) {
        if (type == String.class || type == Character.class || type == char.class) {
            return "text";
        }
        if (type == Instant.class) {
            return "an instant such as 2026-02-03T10:00:00Z";
        }
        if (type == LocalDate.class) {
            return "a date such as 2026-02-03";
        }
        if (type == LocalTime.class) {
            return "a time of day such as 08:00";
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class) {
            return "a decimal such as \"99.9\"";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a JSON array";
        }
        return "a JSON object";
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        return Problems.completed(super.handleExceptionInternal(ex, body, headers, statusCode, request));
    }
}
