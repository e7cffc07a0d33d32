package org.tpiclinic.site;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The practice as shown to people: a clinic sets these in its configuration ({@code tpi.practice.*}).
 */
@ConfigurationProperties("tpi.practice")
public record PracticeSettings(String name, String logoText, String address, String phone) {
}
