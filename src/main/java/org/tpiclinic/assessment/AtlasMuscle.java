package org.tpiclinic.assessment;

import java.util.List;

/**
 * One muscle of the referred-pain {@link Atlas}. Zones are body-chart places without a side
 * ({@code TEMPLE}); {@link Atlas#pattern(BodySite)} resolves them for one side.
 *
 * @param snomed SNOMED CT code of the muscle structure, or {@code null} where no verified code is known
 * @param nearThorax lies over the thorax or near the lung (pneumothorax risk when needled): screening flags such a
 *        site and the consent adds the lung paragraph
 * @param pattern where the pain goes, in our own words
 * @param source where the pattern was read (clinical reference section 6)
 * @param nearThoraxSource why the muscle is, or is not, counted as near the thorax, with its reference section
 */
public record AtlasMuscle(String code, String name, String region, String snomed, boolean nearThorax,
        List<String> triggerZones, List<String> primaryZones, List<String> spilloverZones, String pattern,
        String source, String nearThoraxSource) {

    /** A muscle listed for documentation whose referral pattern no source confirms; never suggested. */
    public boolean hasReferralPattern() {
        return !primaryZones.isEmpty() || !spilloverZones.isEmpty();
    }
}
