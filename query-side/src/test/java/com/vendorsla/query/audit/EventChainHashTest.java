package com.vendorsla.query.audit;

import com.vendorsla.query.audit.EventChainHash.StoredEvent;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The Java side of the chain: every stored column counts, and no two different events can share an encoding. */
class EventChainHashTest {

    private final EventChainHash hash = new EventChainHash();

    private static StoredEvent event(String aggregateId, long sequence, String payload, String metaData) {
        return new StoredEvent(aggregateId, sequence, "Agreement", 42, "e-1", "com.example.Drafted", "1",
                "2026-02-03T10:00:00Z", payload.getBytes(StandardCharsets.UTF_8),
                metaData == null ? null : metaData.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void givenTheSameEventAndPredecessor_whenHashedTwice_thenTheLinkIsTheSame64HexDigits() {
        String link = hash.link(null, event("agr-1", 0, "{}", "{}"));

        assertThat(link).matches("[0-9a-f]{64}").isEqualTo(hash.link(null, event("agr-1", 0, "{}", "{}")));
    }

    @Test
    void givenAnyColumnChanged_whenHashed_thenTheLinkDiffers() {
        String original = hash.link(null, event("agr-1", 0, "{\"a\":1}", "{}"));

        assertThat(hash.link(null, event("agr-2", 0, "{\"a\":1}", "{}"))).isNotEqualTo(original);
        assertThat(hash.link(null, event("agr-1", 1, "{\"a\":1}", "{}"))).isNotEqualTo(original);
        assertThat(hash.link(null, event("agr-1", 0, "{\"a\":2}", "{}"))).isNotEqualTo(original);
        assertThat(hash.link(null, event("agr-1", 0, "{\"a\":1}", "{\"actor\":\"x\"}"))).isNotEqualTo(original);
        assertThat(hash.link(original, event("agr-1", 0, "{\"a\":1}", "{}"))).isNotEqualTo(original);
    }

    @Test
    void givenFieldsThatConcatenateToTheSameText_whenHashed_thenLengthPrefixesKeepThemApart() {
        String emptyMetaData = hash.link(null, event("agr-1", 0, "{}", ""));
        String noMetaData = hash.link(null, event("agr-1", 0, "{}", null));
        String split1 = hash.link(null, new StoredEvent("agr-1", 0, "Agg", 1, "e", "T", "1", "t",
                "ab".getBytes(StandardCharsets.UTF_8), "c".getBytes(StandardCharsets.UTF_8)));
        String split2 = hash.link(null, new StoredEvent("agr-1", 0, "Agg", 1, "e", "T", "1", "t",
                "a".getBytes(StandardCharsets.UTF_8), "bc".getBytes(StandardCharsets.UTF_8)));

        assertThat(emptyMetaData).isNotEqualTo(noMetaData);
        assertThat(split1).isNotEqualTo(split2);
    }
}
