package org.tpiclinic.assessment;

import java.util.Objects;

/**
 * One zone marked on a pain drawing.
 *
 * @param zone a {@link BodyZone} code
 * @param intensity 0 (no pain) to 10 (worst imaginable), the numeric rating scale
 * @param quality how it feels; {@code null} when the patient did not say
 */
public record ZoneMark(String zone, int intensity, PainQuality quality) {

    public static final int MAX_INTENSITY = 10;

    public ZoneMark {
        Objects.requireNonNull(zone, "zone");
        if (intensity < 0 || intensity > MAX_INTENSITY) {
            throw new IllegalArgumentException("Pain intensity is 0 to 10, not " + intensity);
        }
    }
}
