package org.tpiclinic.notifications.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Maps the {@code SMTP_*} settings onto Spring's mail settings, in every profile, and only when
 * {@code SMTP_HOST} is set. This cannot be a line in a properties file: {@code spring.mail.host=${SMTP_HOST:}}
 * would switch the mail sender on with an empty host, and the embedded default must have none (messages are then
 * kept for admins). A {@code spring.mail.*} setting given as an environment variable or system property still wins.
 */
public class SmtpEnvironment implements EnvironmentPostProcessor {

    static final String SOURCE_NAME = "tpiSmtpSettings";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String host = environment.getProperty("SMTP_HOST");
        if (host == null || host.isBlank()) {
            return;
        }
        Map<String, Object> mapped = new LinkedHashMap<>();
        mapped.put("spring.mail.host", host.trim());
        copy(environment, "SMTP_PORT", "spring.mail.port", mapped);
        copy(environment, "SMTP_USERNAME", "spring.mail.username", mapped);
        copy(environment, "SMTP_PASSWORD", "spring.mail.password", mapped);
        copy(environment, "SMTP_STARTTLS", "spring.mail.properties.mail.smtp.starttls.enable", mapped);
        copy(environment, "SMTP_FROM", "tpi.notifications.from", mapped);
        if (environment.getProperty("SMTP_USERNAME", "").isBlank()) {
            mapped.put("spring.mail.properties.mail.smtp.auth", "false");
        } else {
            mapped.put("spring.mail.properties.mail.smtp.auth", "true");
        }
        // With a real server configured, its health is worth reporting (application.properties turns it off).
        mapped.put("management.health.mail.enabled", "true");
        var sources = environment.getPropertySources();
        var source = new MapPropertySource(SOURCE_NAME, mapped);
        if (sources.contains(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME)) {
            sources.addAfter(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, source);
        } else {
            sources.addFirst(source);
        }
    }

    private static void copy(ConfigurableEnvironment environment, String from, String to, Map<String, Object> into) {
        String value = environment.getProperty(from);
        if (value != null && !value.isBlank()) {
            into.put(to, value.trim());
        }
    }
}
