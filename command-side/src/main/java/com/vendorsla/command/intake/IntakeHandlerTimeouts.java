package com.vendorsla.command.intake;

import com.vendorsla.command.performance.PerformancePeriod;
import org.axonframework.common.Priority;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * The performance period's event sourcing handlers, and the intake's write-side index handlers, without Axon's
 * per-invocation time limit. Axon 4.13 wraps every
 * handler in a time-limited task whose start captures the thread's stack ({@code AxonTimeLimitedTask.start} →
 * {@code Thread.getStackTrace}). A period's event sourcing handlers run once per event, every time the period is loaded
 * and for every row an import records (10,000 in one command, deep in the import's unit of work): in the benchmark's
 * wall-clock samples a third of a 10,000-row import was spent capturing stacks there (docs/benchmarks.md, Intake); the
 * index's handlers ({@link IntakeIndexes}, in the storing transaction) run once per recorded row as well. Those handlers
 * only put a record into a map or a list; a time limit has nothing to stop. Every other handler keeps it.
 * <p>
 * Axon's time limits are off by default (config/platform-web.yml, {@code axon.timeout.enabled}); this keeps imports
 * fast where someone turns them back on.
 */
@Configuration(proxyBeanMethods = false)
public class IntakeHandlerTimeouts {

    @Bean
    public HandlerEnhancerDefinition periodStateChangesWithoutTimeLimit() {
        return new UntimedPeriodStateChanges();
    }

    /** Runs after Axon's timeout enhancer (lowest priority) and takes its wrapper off those handlers. */
    @Priority(Priority.LAST)
    static final class UntimedPeriodStateChanges implements HandlerEnhancerDefinition {

        /** Axon's timeout wrapper (package-private, so known by name). */
        private static final String TIMEOUT_WRAPPER = "org.axonframework.messaging.timeout.TimeoutWrappedMessageHandlingMember";
        private static final Field DELEGATE = delegateField();

        @Override
        @SuppressWarnings("unchecked")
        public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> member) {
            if (DELEGATE == null || !member.getClass().getName().equals(TIMEOUT_WRAPPER)) {
                return member;
            }
            Class<?> declaring = member.unwrap(Method.class).map(Method::getDeclaringClass).orElse(null);
            boolean periodState = declaring == PerformancePeriod.class && member.hasAnnotation(EventSourcingHandler.class);
            if (!periodState && declaring != IntakeIndexes.class) {
                return member;
            }
            try {
                return (MessageHandlingMember<T>) DELEGATE.get(member);
            } catch (IllegalAccessException e) {
                return member;
            }
        }

        /** Axon's wrapper keeps what it wraps in a private field; without it (another Axon version) nothing changes. */
        private static Field delegateField() {
            try {
                Field delegate = WrappedMessageHandlingMember.class.getDeclaredField("delegate");
                delegate.setAccessible(true);
                return delegate;
            } catch (NoSuchFieldException | RuntimeException e) {
                return null;
            }
        }
    }
}
