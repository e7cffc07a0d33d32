package org.tpiclinic.screening.intake;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Emailed intake links ({@code tpi.intake-link.*}).
 *
 * @param baseUrl     the address the link starts with (the practice's public address)
 * @param maxValidity a link works until the appointment starts, but never longer than this after it was sent
 */
@ConfigurationProperties("tpi.intake-link")
public record IntakeLinkSettings(@DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("14d") Duration maxValidity) {
}
