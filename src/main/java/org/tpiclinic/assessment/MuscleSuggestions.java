package org.tpiclinic.assessment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Ranks the muscles (each side separately) whose usual referral zones best explain a pain drawing. Deterministic:
 * the same drawing gives the same list in the same order.
 * <p>
 * Each marked zone weighs {@code 1 + intensity}. A site explains a marked zone fully when the zone is in its
 * primary referral zones, by {@link Weights#spillover} when in its spillover zones and by {@link Weights#local}
 * when over its trigger points. <b>Coverage</b> = explained weight / the drawing's total weight;
 * <b>specificity</b> = the share of the site's own referral pattern present in the drawing (a muscle that refers
 * everywhere is less telling than one whose whole pattern is marked). Score = {@link Weights#coverage} ×
 * coverage + (1 − that) × specificity. Ties go to more primary zones explained, then to atlas order, left
 * before right. Muscles without a sourced referral pattern are never suggested. The clinician examines and
 * decides; this only orders what to examine first.
 */
@Component
public class MuscleSuggestions {

    /** The scoring weights (defaults documented on the class). */
    public record Weights(double spillover, double local, double coverage) {
        public static final Weights DEFAULTS = new Weights(0.5, 0.6, 0.7);
    }

    /** How many suggestions a drawing gets at most. */
    public static final int LIMIT = 8;

    private final BodyChart chart;
    private final Weights weights;
    private final List<Atlas.Pattern> patterns;
    private final Map<String, List<Hit>> hits;

    @Autowired
    MuscleSuggestions(Atlas atlas, BodyChart chart) {
        this(atlas, chart, Weights.DEFAULTS);
    }

    MuscleSuggestions(Atlas atlas, BodyChart chart, Weights weights) {
        this.chart = chart;
        this.weights = weights;
        this.patterns = atlas.patterns().stream().filter(p -> p.muscle().hasReferralPattern()).toList();
        this.hits = index(patterns);
    }

    /** Suggestions for a drawing, best first; unknown zones are refused rather than ignored. */
    public List<Suggestion> suggest(Collection<ZoneMark> marks) {
        var drawing = new LinkedHashMap<String, ZoneMark>();
        for (ZoneMark mark : marks) {
            if (!chart.exists(mark.zone())) {
                throw new IllegalArgumentException("The body chart has no zone " + mark.zone());
            }
            drawing.merge(mark.zone(), mark, (a, b) -> a.intensity() >= b.intensity() ? a : b);
        }
        if (drawing.isEmpty()) {
            return List.of();
        }
        int n = patterns.size();
        double[] explained = new double[n];
        int[] primary = new int[n];
        int[] spill = new int[n];
        boolean[] touched = new boolean[n];
        double total = 0;
        for (ZoneMark mark : drawing.values()) {
            double w = 1 + mark.intensity();
            total += w;
            for (Hit hit : hits.getOrDefault(mark.zone(), List.of())) {
                int i = hit.pattern();
                touched[i] = true;
                switch (hit.kind()) {
                    case PRIMARY -> {
                        explained[i] += w;
                        primary[i]++;
                    }
                    case SPILLOVER -> {
                        explained[i] += w * weights.spillover();
                        spill[i]++;
                    }
                    case LOCAL -> explained[i] += w * weights.local();
                }
            }
        }
        var ranked = new ArrayList<Ranked>();
        for (int i = 0; i < n; i++) {
            if (touched[i]) {
                Atlas.Pattern pattern = patterns.get(i);
                double patternSize = pattern.primaryZones().size()
                        + weights.spillover() * pattern.spilloverZones().size();
                double specificity = (primary[i] + weights.spillover() * spill[i]) / patternSize;
                double score = weights.coverage() * (explained[i] / total) + (1 - weights.coverage()) * specificity;
                ranked.add(new Ranked(pattern, score, primary[i], i));
            }
        }
        ranked.sort(Comparator.comparingDouble(Ranked::score).reversed()
                .thenComparing(Comparator.comparingInt(Ranked::primaryCount).reversed())
                .thenComparingInt(Ranked::order));
        return ranked.stream().limit(LIMIT).map(r -> r.toSuggestion(drawing, chart)).toList();
    }

    private enum Kind { PRIMARY, SPILLOVER, LOCAL }

    /** A zone's place in one pattern: the strongest of primary, spillover and local. */
    private record Hit(int pattern, Kind kind) {
    }

    private static Map<String, List<Hit>> index(List<Atlas.Pattern> patterns) {
        var index = new HashMap<String, List<Hit>>();
        for (int i = 0; i < patterns.size(); i++) {
            var p = patterns.get(i);
            var kinds = new LinkedHashMap<String, Kind>();
            p.triggerZones().forEach(z -> kinds.put(z, Kind.LOCAL));
            p.spilloverZones().forEach(z -> kinds.put(z, Kind.SPILLOVER));
            p.primaryZones().forEach(z -> kinds.put(z, Kind.PRIMARY));
            int pattern = i;
            kinds.forEach((zone, kind) -> index.computeIfAbsent(zone, z -> new ArrayList<>()).add(new Hit(pattern, kind)));
        }
        index.replaceAll((zone, list) -> List.copyOf(list));
        return Map.copyOf(index);
    }

    private record Ranked(Atlas.Pattern pattern, double score, int primaryCount, int order) {

        Suggestion toSuggestion(Map<String, ZoneMark> drawing, BodyChart chart) {
            var primary = new ArrayList<BodyZone>();
            var spill = new ArrayList<BodyZone>();
            var local = new ArrayList<BodyZone>();
            var none = new ArrayList<BodyZone>();
            for (String code : drawing.keySet()) {
                BodyZone zone = chart.zone(code).orElseThrow();
                if (pattern.primaryZones().contains(code)) {
                    primary.add(zone);
                } else if (pattern.spilloverZones().contains(code)) {
                    spill.add(zone);
                } else if (pattern.triggerZones().contains(code)) {
                    local.add(zone);
                } else {
                    none.add(zone);
                }
            }
            return new Suggestion(pattern.site(), pattern.muscle(), score, List.copyOf(primary), List.copyOf(spill),
                    List.copyOf(local), List.copyOf(none));
        }
    }
}
