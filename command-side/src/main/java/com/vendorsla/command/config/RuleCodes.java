package com.vendorsla.command.config;

import com.vendorsla.command.agreement.AgreementRules;
import com.vendorsla.command.intake.IntakeRuleCodes;
import com.vendorsla.command.notices.SubscriptionRules;
import com.vendorsla.command.performance.PeriodRules;
import com.vendorsla.command.review.ReviewRules;
import com.vendorsla.command.vendor.VendorRules;
import com.vendorsla.sharedkernel.agreement.terms.TermsRule;
import com.vendorsla.sharedkernel.common.RuleCode;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every rule code the write side answers with, one enum per context, and what each answers over HTTP: the problem
 * advice asks {@link #statusOf} (codes cross the command bus as text), and the OpenAPI document lists them all under
 * {@code x-rule-codes} (code → status), so clients can rely on them.
 */
@Configuration
public class RuleCodes {

    public static final List<RuleCode> ALL = Stream.<RuleCode[]>of(VendorRules.values(), AgreementRules.values(),
                    TermsRule.values(), PeriodRules.values(), ReviewRules.values(), IntakeRuleCodes.values(),
                    SubscriptionRules.values())
            .flatMap(Arrays::stream).toList();

    /** 404 or 409 (api.md, Errors): what a broken rule with this code answers. */
    public static int statusOf(String code) {
        return RuleCode.answerTo(code, ALL).status();
    }

    /** Code → HTTP status, in the order of the contexts; a code shared by contexts once. */
    static Map<String, Integer> byCode() {
        Map<String, Integer> codes = new LinkedHashMap<>();
        ALL.forEach(rule -> codes.putIfAbsent(rule.name(), rule.answer().status()));
        return codes;
    }

    @Bean
    OpenApiCustomizer ruleCodesOpenApi() {
        return openApi -> openApi.addExtension("x-rule-codes", byCode());
    }
}
