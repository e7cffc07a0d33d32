package org.tpiclinic.aftercare;

import java.util.Collection;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.tpiclinic.assessment.Atlas;
import org.tpiclinic.assessment.AtlasMuscle;
import org.tpiclinic.assessment.BodySite;

/**
 * The one place that decides whether a plan carries the lung warning: a treated muscle lies near the lung (the
 * atlas's {@code near_thorax} column) or in a region where the clinical reference (7.4, StayWell) names chest pain
 * or trouble breathing after an injection: the neck, the chest and the upper back.
 */
@Component
class LungWarning {

    static final Set<String> REGIONS = Set.of("NECK", "CHEST", "UPPER_BACK");

    private final Atlas atlas;

    LungWarning(Atlas atlas) {
        this.atlas = atlas;
    }

    boolean appliesTo(Collection<BodySite> sites) {
        return sites.stream().map(s -> atlas.muscle(s.muscle()))
                .anyMatch(m -> m.map(LungWarning::nearLung).orElse(true)); // unknown muscle: warn rather than not
    }

    static boolean nearLung(AtlasMuscle muscle) {
        return muscle.nearThorax() || REGIONS.contains(muscle.region());
    }
}
