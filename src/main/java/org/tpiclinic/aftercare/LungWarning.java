package org.tpiclinic.aftercare;

import java.util.Collection;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.tpiclinic.assessment.Atlas;
import org.tpiclinic.assessment.AtlasMuscle;
import org.tpiclinic.assessment.BodySite;

/**
 * The one place that decides whether a plan carries the lung warning: a treated muscle lies near the lung (the
 * atlas's {@code near_thorax} column) or in a region the practice lists in {@code tpi.aftercare.lung-warning-regions}
 * (by default those where the clinical reference, 7.4, names chest pain or trouble breathing after an injection:
 * the neck, the chest and the upper back).
 */
@Component
class LungWarning {

    private final Atlas atlas;
    private final Set<String> regions;

    LungWarning(Atlas atlas, AftercareSettings settings) {
        this.atlas = atlas;
        this.regions = settings.lungWarningRegions();
    }

    boolean appliesTo(Collection<BodySite> sites) {
        return sites.stream().map(s -> atlas.muscle(s.muscle()))
                .anyMatch(m -> m.map(this::nearLung).orElse(true)); // unknown muscle: warn rather than not
    }

    boolean nearLung(AtlasMuscle muscle) {
        return muscle.nearThorax() || regions.contains(muscle.region());
    }
}
