package org.tpiclinic.screening.review;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Screening settings a clinic may change.
 *
 * @param reviewValidFor how long a clinician's eligible review stays valid (if no rule-relevant fact changes)
 */
@ConfigurationProperties("tpi.screening")
public record ScreeningSettings(@DefaultValue("30d") Duration reviewValidFor) {
}
