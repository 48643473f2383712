package com.vendorsla.command.web;

import com.vendorsla.command.support.CommandSideIntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Replays are the query side's: the write chain leaves them alone, so the query side's chain can guard them. */
class ReplayRoutingTest extends CommandSideIntegrationTest {

    @Test
    void givenTheCommandSideAlone_whenAReplayIsPosted_thenItsSecurityDoesNotClaimThePathAndNothingServesIt() {
        assertThat(post(null, "/api/admin/replays/vendor-view", "").status()).isEqualTo(404);
        assertThat(post(null, "/api/admin/other", "").status()).isEqualTo(401);
        assertThat(CommandSecurity.isQuerySideOperation("/api/admin/replays")).isTrue();
        assertThat(CommandSecurity.isQuerySideOperation("/api/admin/replays/audit-trail")).isTrue();
        assertThat(CommandSecurity.isQuerySideOperation("/api/admin/replayset")).isFalse();
    }
}
