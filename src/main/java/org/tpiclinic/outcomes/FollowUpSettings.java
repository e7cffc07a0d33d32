package org.tpiclinic.outcomes;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Monthly follow-up links ({@code tpi.outcomes.follow-up.*}).
 *
 * @param baseUrl  the address the emailed link starts with (the practice's public address)
 * @param validFor how long a link works after it is issued
 * @param interval how often due follow-ups are looked for and their links emailed
 */
@ConfigurationProperties("tpi.outcomes.follow-up")
public record FollowUpSettings(@DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("21d") Duration validFor, @DefaultValue("1h") Duration interval) {
}
