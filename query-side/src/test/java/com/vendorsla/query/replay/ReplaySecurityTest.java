package com.vendorsla.query.replay;

import com.vendorsla.query.support.QuerySideIntegrationTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query side on its own (split topology) guards replays for every method: the gateway sends it
 * {@code POST /api/admin/replays/...}, which its read chain would otherwise not cover at all.
 */
class ReplaySecurityTest extends QuerySideIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private int post(String user, String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void givenTheQuerySideAlone_whenReplaysArePosted_thenOnlyAdminsGetThrough() throws Exception {
        assertThat(post(null, "/api/admin/replays/vendor-view")).isEqualTo(401);
        assertThat(post("auditor", "/api/admin/replays/vendor-view")).isEqualTo(403);
        assertThat(post("manager", "/api/admin/replays")).isEqualTo(403);
        assertThat(post("admin", "/api/admin/replays/no-such-view")).isEqualTo(404);
    }
}
