package org.tpiclinic.booking;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Online booking settings ({@code tpi.online-booking.*}). The request limit of the public pages is
 * {@link org.tpiclinic.shared.PublicPageLimit}'s.
 *
 * @param linkValidity       how long the emailed confirmation link works
 * @param baseUrl            the address of the application as patients reach it, for links in emails
 */
@ConfigurationProperties("tpi.online-booking")
public record OnlineBookingSettings(@DefaultValue("2h") Duration linkValidity,
        @DefaultValue("http://localhost:8080") String baseUrl) {
}
