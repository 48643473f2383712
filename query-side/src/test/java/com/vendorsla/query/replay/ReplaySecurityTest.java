package com.vendorsla.query.replay;

import com.vendorsla.query.support.QuerySideIntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query side on its own (split topology) guards replays for every method: the gateway sends it
 * {@code POST /api/admin/replays/...}, which its read chain would otherwise not cover at all.
 */
class ReplaySecurityTest extends QuerySideIntegrationTest {

    private int post(String user, String path) {
        return send("POST", user, path, null, null).status();
    }

    @Test
    void givenTheQuerySideAlone_whenReplaysArePosted_thenOnlyAdminsGetThrough() {
        assertThat(post(null, "/api/admin/replays/vendor-view")).isEqualTo(401);
        assertThat(post("auditor", "/api/admin/replays/vendor-view")).isEqualTo(403);
        assertThat(post("manager", "/api/admin/replays")).isEqualTo(403);
        assertThat(post("admin", "/api/admin/replays/no-such-view")).isEqualTo(404);
    }
}
