package com.vendorsla.command.support;

import com.vendorsla.sharedkernel.common.BusinessRuleViolation;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
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

    /**
     * Runs a command whose {@code If-Match} (its {@code @TargetAggregateVersion}) must not hold: asserts that no event
     * was applied and that the failure is a version conflict (HTTP 412), and returns the conflict for the test to check
     * the versions it names.
     */
    public static <T> ConflictingAggregateVersionException versionConflictOf(TestExecutor<T> given, Object command,
                                                                            Map<String, ?> metadata) {
        AtomicReference<ConflictingAggregateVersionException> conflict = new AtomicReference<>();
        given.when(command, metadata)
                .expectNoEvents()
                .expectException(new BaseMatcher<Object>() {
                    @Override
                    public boolean matches(Object actual) {
                        if (actual instanceof ConflictingAggregateVersionException versions) {
                            conflict.set(versions);
                            return true;
                        }
                        return false;
                    }

                    @Override
                    public void describeTo(Description description) {
                        description.appendText("a ConflictingAggregateVersionException");
                    }
                });
        return conflict.get();
    }
}
