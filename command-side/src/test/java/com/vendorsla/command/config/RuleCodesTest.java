package com.vendorsla.command.config;

import com.vendorsla.sharedkernel.common.RuleCode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule code of the write side: registered, answering what it always answered, and named in the contract. */
class RuleCodesTest {

    @Test
    void everyRuleCodeEnumOnTheClasspath_isOneOfTheRegisteredContexts() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent();
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(RuleCode.class));
        Set<Class<?>> enums = new java.util.HashSet<>();
        for (var definition : scanner.findCandidateComponents("com.vendorsla")) {
            Class<?> type = Class.forName(definition.getBeanClassName());
            if (type.isEnum()) {
                enums.add(type);
            }
        }
        Set<Class<?>> registered = RuleCodes.ALL.stream().map(Object::getClass).collect(Collectors.toSet());

        assertThat(enums).hasSizeGreaterThanOrEqualTo(5).isEqualTo(registered);
    }

    /** What the problem advice answered before the codes were typed: NOT_FOUND and *_NOT_FOUND 404, the rest 409. */
    @Test
    void everyCode_answers404ExactlyWhenItSaysSomethingIsNotFound() {
        assertThat(RuleCodes.ALL).allSatisfy(rule -> assertThat(rule.answer())
                .as(rule.name())
                .isEqualTo(rule.name().equals("NOT_FOUND") || rule.name().endsWith("_NOT_FOUND")
                        ? RuleCode.Answer.NOT_FOUND : RuleCode.Answer.CONFLICT));
    }

    @Test
    void aCodeSharedByContexts_answersTheSameInEach() {
        Map<String, RuleCode.Answer> answers = new HashMap<>();
        RuleCodes.ALL.forEach(rule -> {
            RuleCode.Answer earlier = answers.putIfAbsent(rule.name(), rule.answer());
            assertThat(earlier).as(rule.name()).isIn(null, rule.answer());
        });
    }

    @Test
    void theAdvice_asksTheCodes() {
        assertThat(RuleCodes.statusOf("PROPOSAL_NOT_FOUND")).isEqualTo(404);
        assertThat(RuleCodes.statusOf("NOT_FOUND")).isEqualTo(404);
        assertThat(RuleCodes.statusOf("AGREEMENT_NOT_FOUND")).isEqualTo(404);
        assertThat(RuleCodes.statusOf("ALLOCATION_EXCEEDS_POOL")).isEqualTo(409);
        assertThat(RuleCodes.statusOf("SOMETHING_NO_RULE_SAYS")).isEqualTo(409);
    }

    /** api.md (../shared/api.md beside the repository, when there) or the OpenAPI document names each code. */
    @Test
    void everyCode_isNamedByApiMdOrTheOpenApiDocument() throws IOException {
        String apiMd = apiMd().orElse("");
        OpenAPI document = new OpenAPI();
        new RuleCodes().ruleCodesOpenApi().customise(document);
        String openApi = Json.pretty(document);

        List<String> unnamed = RuleCodes.ALL.stream().map(RuleCode::name).distinct()
                .filter(code -> !named(apiMd, code) && !openApi.contains("\"" + code + "\" : " + RuleCodes.statusOf(code)))
                .toList();

        assertThat(unnamed).isEmpty();
        assertThat(openApi).contains("\"x-rule-codes\"", "\"VENDOR_NOT_FOUND\" : 404", "\"REVISION_OPEN\" : 409");
    }

    private static boolean named(String text, String code) {
        return Pattern.compile("(?<![A-Z_])" + code + "(?![A-Z_])").matcher(text).find();
    }

    private static Optional<String> apiMd() throws IOException {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("api.md");
            if (Files.isRegularFile(candidate)) {
                return Optional.of(Files.readString(candidate));
            }
        }
        return Optional.empty();
    }
}
