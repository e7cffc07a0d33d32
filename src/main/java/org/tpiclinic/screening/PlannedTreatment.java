package org.tpiclinic.screening;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the clinician plans to do: one agent, with or without triamcinolone, at one or more sites, each a muscle on a
 * named side (wrong-site safety: the side is part of the plan everywhere it is shown, reviewed and consented to).
 *
 * @param steroid whether triamcinolone is added (not with dry needling)
 * @param sites   at least one site, at most one per muscle (both sides is {@link Side#BILATERAL}); kept sorted so
 *                two equal plans compare equal
 */
public record PlannedTreatment(Agent agent, boolean steroid, Set<Site> sites) {

    public PlannedTreatment {
        Objects.requireNonNull(agent, "Choose what will be injected");
        if (sites == null || sites.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one muscle");
        }
        if (steroid && agent == Agent.DRY_NEEDLING) {
            throw new IllegalArgumentException("A steroid cannot be added to dry needling");
        }
        if (sites.stream().map(Site::muscle).distinct().count() < sites.size()) {
            throw new IllegalArgumentException("Choose one side for each muscle (both sides if both are planned)");
        }
        sites = Collections.unmodifiableSet(new TreeSet<>(sites));
    }

    public static PlannedTreatment of(Agent agent, boolean steroid, Site... sites) {
        return new PlannedTreatment(agent, steroid, new TreeSet<>(List.of(sites)));
    }

    public boolean anyNearThorax() {
        return sites.stream().anyMatch(Site::nearThorax);
    }

    /** Whether every site names its side (false only for plans recorded before sides were kept). */
    public boolean sidesRecorded() {
        return sites.stream().allMatch(s -> s.side().recorded());
    }

    /** Whether every site of {@code wanted} is among these sites, on a side they include. */
    public boolean includesSitesOf(PlannedTreatment wanted) {
        return wanted.sites.stream().allMatch(w -> sites.stream().anyMatch(s -> s.includes(w)));
    }

    /** A stable text form, e.g. {@code LIDOCAINE_1_PLAIN;steroid=false;UPPER_TRAPEZIUS:RIGHT,RHOMBOIDS:BILATERAL}. */
    public String code() {
        return agent + ";steroid=" + steroid + ";" + sites.stream().map(Site::code).collect(Collectors.joining(","));
    }

    /** Reads {@link #code()} back (also codes written before sides were kept, as {@link Side#UNRECORDED}). */
    public static PlannedTreatment parse(String code) {
        var parts = code.split(";");
        var sites = new TreeSet<Site>();
        for (var s : parts[2].split(",")) {
            sites.add(Site.parse(s));
        }
        return new PlannedTreatment(Agent.valueOf(parts[0]), parts[1].endsWith("true"), sites);
    }
}
