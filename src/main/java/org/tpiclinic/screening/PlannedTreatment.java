package org.tpiclinic.screening;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the clinician plans to do: one agent, with or without triamcinolone, at one or more muscles.
 *
 * @param steroid whether triamcinolone is added (not with dry needling)
 * @param sites   at least one muscle; kept sorted so two equal plans compare equal
 */
public record PlannedTreatment(Agent agent, boolean steroid, Set<Muscle> sites) {

    public PlannedTreatment {
        Objects.requireNonNull(agent, "Choose what will be injected");
        if (sites == null || sites.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one muscle");
        }
        if (steroid && agent == Agent.DRY_NEEDLING) {
            throw new IllegalArgumentException("A steroid cannot be added to dry needling");
        }
        sites = java.util.Collections.unmodifiableSet(EnumSet.copyOf(sites));
    }

    public static PlannedTreatment of(Agent agent, boolean steroid, Muscle... sites) {
        return new PlannedTreatment(agent, steroid, EnumSet.copyOf(List.of(sites)));
    }

    public boolean anyNearThorax() {
        return sites.stream().anyMatch(Muscle::nearThorax);
    }

    /** A stable text form, e.g. {@code LIDOCAINE_1_PLAIN;steroid=false;UPPER_TRAPEZIUS,RHOMBOIDS}. */
    public String code() {
        return agent + ";steroid=" + steroid + ";" + sites.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    /** Reads {@link #code()} back. */
    public static PlannedTreatment parse(String code) {
        var parts = code.split(";");
        var sites = EnumSet.noneOf(Muscle.class);
        for (var s : parts[2].split(",")) {
            sites.add(Muscle.valueOf(s));
        }
        return new PlannedTreatment(Agent.valueOf(parts[0]), parts[1].endsWith("true"), sites);
    }
}
