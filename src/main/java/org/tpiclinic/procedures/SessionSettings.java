package org.tpiclinic.procedures;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Session settings a clinic may change, each with where its value comes from.
 *
 * @param weightValidDays   a weight measured more than this many days before the session does not count for the
 *                          dose limit: the session asks for a new one (default 30)
 * @param weightValidSource why that number: shown to clinicians beside the rule
 */
@ConfigurationProperties("tpi.procedures")
public record SessionSettings(@DefaultValue("30") int weightValidDays,
        @DefaultValue("Clinic policy: dose limits are per kilogram (clinical reference 2.3), so the weight must be "
                + "recent; the default of 30 days is the practice's choice, not a published rule.")
        String weightValidSource) {

    public SessionSettings {
        if (weightValidDays < 0) {
            throw new IllegalArgumentException("tpi.procedures.weight-valid-days cannot be negative");
        }
    }
}
