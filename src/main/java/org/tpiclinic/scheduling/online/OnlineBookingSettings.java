package org.tpiclinic.scheduling.online;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Online booking settings ({@code tpi.online-booking.*}).
 *
 * @param linkValidity       how long the emailed confirmation link works
 * @param maxRequestsPerHour form submissions and confirmations per client address per hour on the public pages
 * @param baseUrl            the address of the application as patients reach it, for links in emails
 */
@ConfigurationProperties("tpi.online-booking")
public record OnlineBookingSettings(@DefaultValue("2h") Duration linkValidity,
        @DefaultValue("10") int maxRequestsPerHour, @DefaultValue("http://localhost:8080") String baseUrl) {
}
