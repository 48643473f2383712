package com.vendorsla.standalone;

import com.vendorsla.sharedkernel.common.DemoUsers;
import com.vendorsla.sharedkernel.common.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.TreeMap;

/** Tells a new user where the platform is and how to log in. */
@Component
public class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    @EventListener
    public void ready(ApplicationReadyEvent event) {
        Environment environment = event.getApplicationContext().getEnvironment();
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        StringBuilder text = new StringBuilder("\n\n  Vendor SLA governance platform is up\n")
                .append("    API          http://localhost:").append(port).append("/api\n")
                .append("    Swagger UI   http://localhost:").append(port).append("/swagger-ui.html\n")
                .append("    OpenAPI      http://localhost:").append(port).append("/v3/api-docs\n")
                .append("    Health       http://localhost:").append(port).append("/actuator/health\n");
        if (environment.acceptsProfiles(Profiles.of("demo"))) {
            text.append("  Demo users (HTTP Basic, password = user name; demo profile only):\n");
            DemoUsers.ALL.forEach(user -> text.append("    ").append(String.format("%-9s", user.username()))
                    .append(" role ").append(user.role()).append('\n'));
            vendorUsers(environment).forEach((username, vendorId) -> text.append("    ")
                    .append(String.format("%-9s", username)).append(" role ").append(Role.VENDOR)
                    .append(", bound to vendor ").append(vendorId).append('\n'));
        }
        String mailHost = environment.getProperty("spring.mail.host");
        text.append(mailHost == null || mailHost.isBlank()
                ? "  Notices: no mail server (spring.mail.host): recorded and listed at /api/notices, not mailed\n"
                : "  Notices: mailed through " + mailHost + " and listed at /api/notices\n");
        text.append("  Stop with Ctrl-C; data stays in ").append(environment.getProperty("sla.data-dir", "./data")).append('\n');
        log.info(text.toString());
    }

    /** The demo vendor users ({@code sla.demo.vendor-users.<username>=<vendor id>}), as both sides read them. */
    static Map<String, String> vendorUsers(Environment environment) {
        return new TreeMap<>(Binder.get(environment)
                .bind("sla.demo.vendor-users", Bindable.mapOf(String.class, String.class)).orElse(Map.of()));
    }
}
