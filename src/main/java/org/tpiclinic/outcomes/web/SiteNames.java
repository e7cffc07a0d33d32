package org.tpiclinic.outcomes.web;

import org.springframework.stereotype.Component;
import org.tpiclinic.assessment.Atlas;

/** Body-site codes in words ("Upper trapezius, left"), from the one atlas. */
@Component
class SiteNames {

    private final Atlas atlas;

    SiteNames(Atlas atlas) {
        this.atlas = atlas;
    }

    String name(String siteCode) {
        return atlas.site(siteCode).map(site -> atlas.muscle(site.muscle()).map(m -> m.name()).orElse(site.muscle())
                + ", " + site.side().name().toLowerCase(java.util.Locale.ROOT)).orElse(siteCode);
    }

    String muscle(String code) {
        return atlas.muscle(code).map(m -> m.name()).orElse(code);
    }
}
