package com.vendorsla.command.support;

import com.vendorsla.sharedkernel.common.BusinessRuleViolation;
import org.axonframework.test.aggregate.TestExecutor;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/** Fixture-test helper for commands that must be refused. */
public final class Refusals {

    private Refusals() {
    }

    /**
     * Runs a command that must be refused: asserts that no event was applied and that the failure is a broken
     * business rule, and returns its code for the test to check.
     */
    public static <T> String codeOf(TestExecutor<T> given, Object command) {
        return codeOf(given, command, Map.of());
    }

    /** {@link #codeOf(TestExecutor, Object)} for a command sent with metadata (e.g. a vendor user's acting vendor). */
    public static <T> String codeOf(TestExecutor<T> given, Object command, Map<String, ?> metadata) {
        AtomicReference<String> code = new AtomicReference<>();
        given.when(command, metadata)
                .expectNoEvents()
                .expectException(new BaseMatcher<Object>() {
                    @Override
                    public boolean matches(Object actual) {
                        if (actual instanceof BusinessRuleViolation violation) {
                            code.set(violation.code());
                            return true;
                        }
                        return false;
                    }

                    @Override
                    public void describeTo(Description description) {
                        description.appendText("a BusinessRuleViolation");
                    }
                });
        return code.get();
    }
}
