package org.tpiclinic.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A trigger point the clinician found at one visit: which muscle and side, where on the chart, and what the
 * examination showed.
 *
 * @param muscle an {@link Atlas} muscle code
 * @param x position in chart units of {@code view} (0 to its width); {@code y} likewise
 * @param active an active trigger point (causes the patient's pain) rather than a latent one
 * @param twitchResponse a local twitch response was seen
 * @param reproducesPain pressing it reproduced the patient's familiar pain
 * @param carriedOver copied from the previous visit as a starting point, not yet re-examined
 */
public record TriggerPointFinding(UUID id, UUID patientId, LocalDate visitDate, String muscle, Side side,
        ChartView view, double x, double y, boolean active, boolean tautBand, boolean twitchResponse,
        boolean jumpSign, boolean reproducesPain, String note, boolean carriedOver, Instant recordedAt,
        String recordedBy) {

    public BodySite site() {
        return new BodySite(muscle, side);
    }
}
