package org.tpiclinic.screening.consent;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Consent settings a clinic may change.
 *
 * @param validFor how long a signed consent stays valid unless withdrawn (default 12 months)
 */
@ConfigurationProperties("tpi.consent")
public record ConsentSettings(@DefaultValue("12m") Period validFor) {
}
