package org.tpiclinic.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in settings a practice can change (throttling of failed sign-ins: {@link ThrottleProperties}).
 *
 * @param staffIdleTimeout       a staff session ends after this long without a request
 * @param patientIdleTimeout     a patient session ends after this long without a request
 */
@ConfigurationProperties("tpi.security")
record SecurityProperties(Duration staffIdleTimeout, Duration patientIdleTimeout) {
}
