package com.vendorsla.platform.web;

import jakarta.servlet.http.HttpServletResponseWrapper;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.PrintWriter;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemsTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void givenADetailWithQuotesBackslashesAndControls_whenWritten_thenItIsValidJsonSayingExactlyThat() throws Exception {
        String detail = "a \"quoted\" C:\\path,\ta tab, a new\nline, a bell \u0007 and é";
        MockHttpServletResponse response = new MockHttpServletResponse();

        Problems.write(response, HttpStatus.BAD_REQUEST, "BAD_REQUEST", detail);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).isEqualTo("application/problem+json;charset=UTF-8");
        JsonNode problem = json.readTree(response.getContentAsByteArray());
        assertThat(problem.get("detail").asString()).isEqualTo(detail);
        assertThat(problem.get("title").asString()).isEqualTo("Bad Request");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("code").asString()).isEqualTo("BAD_REQUEST");
    }

    @Test
    void givenAResponseWhoseOutputStreamIsOpen_whenWritten_thenTheProblemGoesThroughTheStream() throws Exception {
        // as a servlet container answers getWriter() once a buffering filter has opened the output stream
        MockHttpServletResponse response = new MockHttpServletResponse();
        HttpServletResponseWrapper streamOpened = new HttpServletResponseWrapper(response) {
            @Override
            public PrintWriter getWriter() {
                throw new IllegalStateException("getOutputStream() has already been called for this response");
            }
        };

        Problems.write(streamOpened, HttpStatus.SERVICE_UNAVAILABLE, "STORE_UNAVAILABLE", "later");

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(json.readTree(response.getContentAsByteArray()).get("code").asString()).isEqualTo("STORE_UNAVAILABLE");
    }

    @Test
    void everyProblemTypeIsTheCodeInLowerCaseWithHyphens_asApiMdNamesThem() {
        assertThat(Problems.typeOf("VALIDATION_FAILED").toString())
                .isEqualTo("https://vendor-sla.example/problems/validation-failed");
        assertThat(Problems.problem(HttpStatus.BAD_REQUEST, "BAD_REQUEST", "x").getType().toString())
                .isEqualTo("https://vendor-sla.example/problems/bad-request");
        assertThat(json.readTree(Problems.json(400, "BAD_REQUEST", "x")).get("type").asString())
                .isEqualTo("https://vendor-sla.example/problems/bad-request");
    }

    @Test
    void anUnknownStatusIsTitledError() {
        assertThat(json.readTree(Problems.json(599, "ERROR", "x")).get("title").asString()).isEqualTo("Error");
    }
}
