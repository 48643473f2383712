package com.vendorsla.command.web;

import com.vendorsla.command.config.ConcurrentWriteRetry;
import com.vendorsla.platform.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * api.md, Idempotency: a POST with {@code Idempotency-Key: K} repeated with the same body returns the first
 * response and changes nothing; the same key with another body answers 422.
 * <p>
 * The key is claimed, the command's events appended and the response stored in one database transaction, and
 * the response leaves only after it commits: a retry after any failure either finds the stored answer or runs
 * afresh, never twice. A concurrent duplicate waits on the claimed row, then replays. Only successful answers
 * are kept; a request that failed changed nothing, so its key stays free. Keys are scoped to the caller.
 * <p>
 * A transaction whose command lost the race for an aggregate's next sequence number to another command side runs
 * again as a whole, key claim included ({@link ConcurrentWriteRetry}); its answer is the last try's.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 200;

    private final IdempotencyStore store;
    private final TransactionTemplate transactions;

    public IdempotencyFilter(IdempotencyStore store, TransactionTemplate transactions) {
        this.store = store;
        this.transactions = transactions;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER).strip();
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            Problems.write(response, HttpStatus.BAD_REQUEST, "VALIDATION_FAILED",
                    "Idempotency-Key must have 1 to " + MAX_KEY_LENGTH + " characters");
            return;
        }
        CachedBodyRequest cached;
        try {
            cached = new CachedBodyRequest(request);
        } catch (BodySizeLimit.TooLarge e) {
            Problems.write(response, HttpStatus.CONTENT_TOO_LARGE, "BODY_TOO_LARGE", e.getMessage());
            return;
        }
        String caller = caller();
        String fingerprint = fingerprint(request, cached.body());
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        ResponseStart start = new ResponseStart(buffered);
        Outcome outcome;
        Set<ConcurrentWriteRetry.Verdict> before = EnumSet.noneOf(ConcurrentWriteRetry.Verdict.class);
        for (int attempt = 1; ; attempt++) {
            outcome = transactions.execute(status -> {
                Optional<IdempotencyStore.StoredResponse> earlier = store.claim(caller, key, fingerprint);
                if (earlier.isPresent()) {
                    return earlier.get().fingerprint().equals(fingerprint) ? new Outcome.Replay(earlier.get()) : new Outcome.KeyReused();
                }
                try {
                    chain.doFilter(cached, buffered);
                } catch (IOException | ServletException e) {
                    throw new IllegalStateException(e);
                }
                if (buffered.getStatus() >= 200 && buffered.getStatus() < 300 && !status.isRollbackOnly()) {
                    store.complete(caller, key, buffered.getStatus(), buffered.getHeader(HttpHeaders.ETAG),
                            buffered.getHeader(HttpHeaders.LOCATION), buffered.getContentType(),
                            new String(buffered.getContentAsByteArray(), StandardCharsets.UTF_8));
                } else {
                    status.setRollbackOnly();
                }
                return new Outcome.Fresh();
            });
            // A command of this transaction lost the race for an aggregate's sequence number: the failed append
            // aborted the whole transaction (key claim included), so the whole of it runs again, as the gateway
            // would have run the command alone (ConcurrentWriteRetry: same bound, same pauses).
            ConcurrentWriteRetry.Verdict verdict = ConcurrentWriteRetry.lostRace(cached);
            if (!(outcome instanceof Outcome.Fresh) || !ConcurrentWriteRetry.mayRetry(verdict, attempt, before)
                    || !ConcurrentWriteRetry.pause(attempt)) {
                break;
            }
            before.add(verdict);
            start.restore(buffered);
        }
        if (outcome instanceof Outcome.Replay replay) {
            replay(replay.stored(), response);
        } else if (outcome instanceof Outcome.KeyReused) {
            Problems.write(response, HttpStatus.valueOf(422), "IDEMPOTENCY_KEY_REUSED",
                    "this Idempotency-Key was used for a different request");
        } else {
            buffered.copyBodyToResponse();
        }
    }

    private static void replay(IdempotencyStore.StoredResponse stored, HttpServletResponse response) throws IOException {
        response.setStatus(stored.status());
        if (stored.etag() != null) {
            response.setHeader(HttpHeaders.ETAG, stored.etag());
        }
        if (stored.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, stored.location());
        }
        response.setHeader("Idempotent-Replayed", "true");
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        response.getOutputStream().write(stored.body().getBytes(StandardCharsets.UTF_8));
    }

    private static String caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "anonymous" : authentication.getName();
    }

    private static String fingerprint(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "?"
                    + Optional.ofNullable(request.getQueryString()).orElse("") + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The response as it was before a try (status, headers other filters set): a failed try's answer is cleared, these
     * put back, before the next one.
     */
    private static final class ResponseStart {
        private final int status;
        private final String contentType;
        private final Map<String, List<String>> headers = new LinkedHashMap<>();

        ResponseStart(HttpServletResponse response) {
            status = response.getStatus();
            contentType = response.getContentType();
            for (String name : response.getHeaderNames()) {
                Collection<String> values = response.getHeaders(name);
                headers.put(name, new ArrayList<>(values));
            }
        }

        void restore(ContentCachingResponseWrapper response) {
            response.reset();
            response.setStatus(status);
            if (contentType != null) {
                response.setContentType(contentType);
            }
            headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        }
    }

    private sealed interface Outcome {
        record Replay(IdempotencyStore.StoredResponse stored) implements Outcome {
        }

        record KeyReused() implements Outcome {
        }

        record Fresh() implements Outcome {
        }
    }
}
