package org.tpiclinic.site;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The practice as shown to people: a clinic sets these in its configuration ({@code tpi.practice.*}).
 *
 * @param zone the practice's time zone, in which documents for patients (the consent PDF) give times
 */
@ConfigurationProperties("tpi.practice")
public record PracticeSettings(String name, String logoText, String address, String phone,
        @DefaultValue("UTC") ZoneId zone) {
}
