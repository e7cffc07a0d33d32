package org.tpiclinic.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in settings a practice can change.
 *
 * @param staffIdleTimeout       a staff session ends after this long without a request
 * @param patientIdleTimeout     a patient session ends after this long without a request
 * @param maxFailuresPerAccount  failed sign-ins for one username within the window before it is paused
 * @param maxFailuresPerAddress  failed sign-ins from one client address within the window before it is paused
 * @param failureWindow          how long failures count, and how long a pause lasts
 */
@ConfigurationProperties("tpi.security")
record SecurityProperties(Duration staffIdleTimeout, Duration patientIdleTimeout, int maxFailuresPerAccount,
        int maxFailuresPerAddress, Duration failureWindow) {
}
