package com.vendorsla.sharedkernel.testsupport;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * HTTP to a server of the platform running in the test, as a client speaks it: as one of the demo users (HTTP Basic,
 * password = name; none when the user is null), any method, body, Content-Type and further headers (name, value,
 * name, value...), the answer as a {@link Reply}. The integration tests of every module (command side, query side,
 * standalone) extend it; they say on which port their server listens.
 */
public abstract class DemoUserHttp {

    protected static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** The port of the server under test (the Spring test's {@code @LocalServerPort}). */
    protected abstract int serverPort();

    /** A response with its body parsed when it is JSON. */
    public record Reply(int status, String body, HttpResponse<String> raw) {
        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    protected Reply get(String user, String path, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), user, headers);
    }

    /** POSTs a JSON body. */
    protected Reply post(String user, String path, String json, String... headers) {
        return send("POST", user, path, "application/json", json.getBytes(StandardCharsets.UTF_8), headers);
    }

    /** Any method with any body (none when null) and Content-Type (none when null). */
    protected Reply send(String method, String user, String path, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request, user, headers);
    }

    /** The Authorization header's value for a demo user. */
    public static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + serverPort() + path);
    }

    private static Reply send(HttpRequest.Builder request, String user, String... headers) {
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
