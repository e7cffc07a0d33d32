package org.tpiclinic.procedures.dose;

import java.util.Objects;

import org.tpiclinic.assessment.BodySite;

/**
 * A treated site as the clinic policies see it: the atlas site (muscle and side), its body region
 * ({@code AtlasMuscle#region()}, e.g. {@code NECK}) and how people name it. {@link SessionPolicies#site} makes one
 * from the atlas.
 */
public record PolicySite(BodySite site, String region, String name) {

    public PolicySite {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(name, "name");
    }
}
