package org.tpiclinic.screening;

import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.tpiclinic.assessment.BodySite;
import org.tpiclinic.assessment.Side;

/**
 * What the clinician plans to do: one agent, with or without triamcinolone, at one or more body sites of the atlas
 * ({@link BodySite}: a muscle on one side; both sides are two sites). The side is part of the plan everywhere it is
 * shown, reviewed and consented to (wrong-site safety).
 *
 * @param steroid         whether triamcinolone is added (not with dry needling)
 * @param sites           the sites, kept in code order so that two equal plans compare and print equal
 * @param unsidedMuscles  muscles of a plan recorded before sides were kept (migrations V170, V240), whose side
 *                        nobody can tell now; always empty for a plan made since. Such a plan is never cleared by
 *                        a review and such a muscle is covered by no consent
 */
public record PlannedTreatment(Agent agent, boolean steroid, Set<BodySite> sites, Set<String> unsidedMuscles) {

    /** How a site without a recorded side is written in a stored plan code ({@code UPPER_TRAPEZIUS_UNRECORDED}). */
    static final String UNSIDED = "_UNRECORDED";

    private static final Comparator<BodySite> ORDER = Comparator.comparing(BodySite::code);

    public PlannedTreatment {
        Objects.requireNonNull(agent, "Choose what will be injected");
        unsidedMuscles = unsidedMuscles == null ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(unsidedMuscles));
        if (sites == null || sites.isEmpty() && unsidedMuscles.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one muscle");
        }
        if (steroid && agent == Agent.DRY_NEEDLING) {
            throw new IllegalArgumentException("A steroid cannot be added to dry needling");
        }
        var sorted = new TreeSet<>(ORDER);
        sorted.addAll(sites);
        sites = Collections.unmodifiableSet(sorted);
    }

    /** A plan as the clinician makes it: every site with its side. */
    public PlannedTreatment(Agent agent, boolean steroid, Set<BodySite> sites) {
        this(agent, steroid, sites, Set.of());
    }

    public static PlannedTreatment of(Agent agent, boolean steroid, BodySite... sites) {
        return new PlannedTreatment(agent, steroid, new java.util.HashSet<>(List.of(sites)));
    }

    /** Both sides of a muscle: the left and the right site. */
    public static Set<BodySite> bothSides(String muscle) {
        return Set.of(new BodySite(muscle, Side.LEFT), new BodySite(muscle, Side.RIGHT));
    }

    /** Whether every site names its side (false only for plans recorded before sides were kept). */
    public boolean sidesRecorded() {
        return unsidedMuscles.isEmpty();
    }

    /**
     * Whether every site of {@code wanted} is among these sites (the same muscle on the same side). A plan with a
     * muscle whose side was never recorded is included in nothing; such a muscle here includes nothing.
     */
    public boolean includesSitesOf(PlannedTreatment wanted) {
        return wanted.sidesRecorded() && sites.containsAll(wanted.sites);
    }

    /**
     * A stable text form, e.g. {@code LIDOCAINE_1_PLAIN;steroid=false;RHOMBOIDS_L,RHOMBOIDS_R,UPPER_TRAPEZIUS_R}
     * (site codes as {@link BodySite#code()}, in code order).
     */
    public String code() {
        var codes = Stream.concat(sites.stream().map(BodySite::code), unsidedMuscles.stream().map(m -> m + UNSIDED));
        return agent + ";steroid=" + steroid + ";" + codes.collect(Collectors.joining(","));
    }

    /**
     * Reads {@link #code()} back. A code ending {@code _L} or {@code _R} is a site; one ending {@code _UNRECORDED}
     * a muscle whose side was not recorded; anything else is refused.
     */
    public static PlannedTreatment parse(String code) {
        var parts = code.split(";");
        if (parts.length != 3) {
            throw new IllegalArgumentException("Not a plan code: " + code);
        }
        var sites = new TreeSet<>(ORDER);
        var unsided = new TreeSet<String>();
        for (var s : parts[2].split(",")) {
            if (s.endsWith(UNSIDED)) {
                unsided.add(s.substring(0, s.length() - UNSIDED.length()));
            } else {
                sites.add(site(s));
            }
        }
        return new PlannedTreatment(Agent.valueOf(parts[0]), parts[1].endsWith("true"), sites, unsided);
    }

    private static BodySite site(String code) {
        for (Side side : Side.values()) {
            String suffix = "_" + side.suffix();
            if (code.endsWith(suffix) && code.length() > suffix.length()) {
                return new BodySite(code.substring(0, code.length() - suffix.length()), side);
            }
        }
        throw new IllegalArgumentException("Not a site code: " + code);
    }

    /** The muscles of the plan, each once, in code order (sided and unsided). */
    public List<String> muscles() {
        var muscles = new TreeSet<String>(unsidedMuscles);
        sites.forEach(s -> muscles.add(s.muscle()));
        return List.copyOf(muscles);
    }

    /** The sides planned for one muscle (empty when it is not planned or its side was not recorded). */
    public Set<Side> sidesOf(String muscle) {
        return Arrays.stream(Side.values()).filter(side -> sites.contains(new BodySite(muscle, side)))
                .collect(Collectors.toUnmodifiableSet());
    }
}
