package com.vendorsla.command.web;

import com.vendorsla.sharedkernel.common.BadRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * api.md, optimistic concurrency: {@code If-Match: "N"} names the version the client last saw. No endpoint takes it
 * yet (drafting and registering create); the first write on an existing aggregate passes the parsed value as the
 * command's {@code @TargetAggregateVersion}, and Axon's ConflictingAggregateVersionException becomes 412.
 */
class IfMatchTest {

    @ParameterizedTest
    @CsvSource({"'\"3\"',3", "'W/\"3\"',3", "'  \"0\" ',0", "7,7", "'\"9007199254740993\"',9007199254740993"})
    void givenAnETagThisApiGaveOut_whenParsed_thenItIsTheExpectedVersion(String header, long version) {
        assertThat(IfMatch.expectedVersion(header)).isEqualTo(version);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "*"})
    void givenNoPrecondition_whenParsed_thenAnyVersionIsAccepted(String header) {
        assertThat(IfMatch.expectedVersion(header)).isNull();
    }

    @Test
    void givenNoHeader_whenParsed_thenAnyVersionIsAccepted() {
        assertThat(IfMatch.expectedVersion(null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"abc\"", "\"-1\"", "\"3\", \"4\"", "\"\"", "\"99999999999999999999\"", "W/", "\"3"})
    void givenSomethingElse_whenParsed_thenItIsABadRequestNamingTheHeader(String header) {
        assertThatThrownBy(() -> IfMatch.expectedVersion(header))
                .isInstanceOf(BadRequest.class)
                .hasMessageContaining("\"3\"")
                .extracting(e -> ((BadRequest) e).field()).isEqualTo("If-Match");
    }
}
