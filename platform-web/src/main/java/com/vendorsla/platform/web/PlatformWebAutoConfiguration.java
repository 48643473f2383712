package com.vendorsla.platform.web;

import com.vendorsla.platform.security.RejectedUrls;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Import;

/**
 * What every server of the platform does alike, whichever side or sides it runs: problem documents for what the
 * container, the firewall and Spring MVC refuse before a side's controller is chosen, 503 when the database is out
 * of reach ({@link StoreOutage}), the JSON settings, typed ids in paths, the OpenAPI document steps every server takes
 * alike, and no observations of Spring Security's filters (a cost on every request, see
 * {@link SecurityObservationsOff}). Declared once here, so that standalone (both
 * sides in one JVM) installs each once.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import({ContainerProblems.class, FrameworkProblems.class, RejectedUrls.class, JsonSettings.class, PathIds.class,
        ApiDocuments.class, StoreOutage.Registration.class, SecurityObservationsOff.class})
public class PlatformWebAutoConfiguration {
}
