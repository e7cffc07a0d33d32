package org.tpiclinic.aftercare;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Aftercare settings ({@code tpi.aftercare.*}).
 *
 * @param checkInDays          the days after the session on which a check-in is due (1, 7, 14)
 * @param checkInHour          the local hour (at the session's location) at which a check-in is sent
 * @param checkInLinkValidity  how long an emailed check-in link works after it was sent
 * @param followUpEarliestDays the earliest day after the session for the recommended follow-up visit
 * @param followUpLatestDays   the latest day after the session for it
 * @param followUpType         the code of the appointment type offered for the follow-up
 * @param baseUrl              the address emailed links start with
 * @param lungWarningRegions   atlas regions whose treatment brings the lung warning, besides muscles the atlas
 *                             marks near the thorax (clinical reference 7.4: the neck, chest and upper back)
 */
@ConfigurationProperties("tpi.aftercare")
public record AftercareSettings(@DefaultValue({ "1", "7", "14" }) List<Integer> checkInDays,
        @DefaultValue("9") int checkInHour, @DefaultValue("5d") Duration checkInLinkValidity,
        @DefaultValue("7") int followUpEarliestDays, @DefaultValue("14") int followUpLatestDays,
        @DefaultValue("FOLLOW_UP") String followUpType, @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue({ "NECK", "CHEST", "UPPER_BACK" }) Set<String> lungWarningRegions) {

    public AftercareSettings {
        checkInDays = List.copyOf(checkInDays);
        lungWarningRegions = Set.copyOf(lungWarningRegions);
        if (checkInDays.isEmpty() || checkInDays.stream().anyMatch(d -> d < 1 || d > 90)) {
            throw new IllegalArgumentException("tpi.aftercare.check-in-days: days 1 to 90 after the session");
        }
        if (followUpEarliestDays < 1 || followUpLatestDays < followUpEarliestDays || followUpLatestDays > 62) {
            throw new IllegalArgumentException("tpi.aftercare.follow-up-*-days: 1 <= earliest <= latest <= 62");
        }
    }
}
