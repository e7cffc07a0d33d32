package org.tpiclinic.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of two-step sign-in and session length a practice can change (beside {@link SecurityProperties}).
 *
 * @param staffMfa                 whether staff must use a second factor ({@code required}: a staff user without
 *                                 one sets it up at their next sign-in) or may set it up themselves
 * @param absoluteSessionLifetime  a session ends this long after sign-in, however active
 */
@ConfigurationProperties("tpi.security")
record AuthenticationSettings(StaffMfa staffMfa, Duration absoluteSessionLifetime) {

    AuthenticationSettings {
        staffMfa = staffMfa == null ? StaffMfa.OPTIONAL : staffMfa;
        absoluteSessionLifetime = absoluteSessionLifetime == null ? Duration.ofHours(12) : absoluteSessionLifetime;
    }

    enum StaffMfa { OPTIONAL, REQUIRED }
}
