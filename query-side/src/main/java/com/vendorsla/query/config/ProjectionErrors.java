package com.vendorsla.query.config;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotationUtils;

import java.util.Arrays;
import java.util.Objects;

/**
 * A read model never skips an event. Axon's default for a handler that throws is to log the exception and go on with
 * the next event: a read model would then lack that event for good (until a replay), silently, after anything as
 * passing as a lost database connection. For the query side's read models the exception is propagated instead: the
 * processor rolls the batch back, leaves its token where it was, and retries the segment with back-off until the
 * event is applied. An event that can never be applied stops its read model where it is, in plain sight
 * ({@code /api/admin/replays} says ERROR, {@code sla_processor_lag_*} grow), rather than leaving a hole nobody sees.
 * <p>
 * Only the query side's processing groups (beans of {@code com.vendorsla.query}): in standalone the command side's
 * processes share this configuration and keep their own handling.
 */
@Configuration(proxyBeanMethods = false)
public class ProjectionErrors {

    private static final String QUERY_SIDE = "com.vendorsla.query.";

    @Bean
    public ConfigurerModule readModelsPropagateErrors(ApplicationContext context) {
        return configurer -> Arrays.stream(context.getBeanNamesForAnnotation(ProcessingGroup.class))
                .map(context::getType)
                .filter(Objects::nonNull)
                .filter(type -> type.getName().startsWith(QUERY_SIDE))
                .map(type -> AnnotationUtils.findAnnotation(type, ProcessingGroup.class))
                .filter(Objects::nonNull)
                .map(ProcessingGroup::value)
                .distinct()
                .forEach(group -> configurer.eventProcessing().registerListenerInvocationErrorHandler(group,
                        config -> PropagatingErrorHandler.instance()));
    }
}
