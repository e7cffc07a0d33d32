package org.tpiclinic.assessment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    MuscleSuggestions(Atlas atlas, BodyChart chart) {
        this(atlas, chart, Weights.DEFAULTS);
    }

    MuscleSuggestions(Atlas atlas, BodyChart chart, Weights weights) {
        this.chart = chart;
        this.weights = weights;
        this.patterns = atlas.patterns().stream().filter(p -> p.muscle().hasReferralPattern()).toList();
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
        double total = 0;
        for (ZoneMark mark : drawing.values()) {
            total += 1 + mark.intensity();
        }
        if (drawing.isEmpty()) {
            return List.of();
        }
        var ranked = new ArrayList<Ranked>();
        for (int i = 0; i < patterns.size(); i++) {
            Ranked r = rank(patterns.get(i), drawing, total, i);
            if (r != null) {
                ranked.add(r);
            }
        }
        ranked.sort(Comparator.comparingDouble(Ranked::score).reversed()
                .thenComparing(Comparator.comparingInt(Ranked::primaryCount).reversed())
                .thenComparingInt(Ranked::order));
        return ranked.stream().limit(LIMIT).map(r -> r.toSuggestion(drawing, chart)).toList();
    }

    private Ranked rank(Atlas.Pattern pattern, Map<String, ZoneMark> drawing, double total, int order) {
        double explained = 0;
        int primary = 0;
        int spill = 0;
        boolean any = false;
        for (ZoneMark mark : drawing.values()) {
            double w = 1 + mark.intensity();
            if (pattern.primaryZones().contains(mark.zone())) {
                explained += w;
                primary++;
                any = true;
            } else if (pattern.spilloverZones().contains(mark.zone())) {
                explained += w * weights.spillover();
                spill++;
                any = true;
            } else if (pattern.triggerZones().contains(mark.zone())) {
                explained += w * weights.local();
                any = true;
            }
        }
        if (!any) {
            return null;
        }
        double patternSize = pattern.primaryZones().size() + weights.spillover() * pattern.spilloverZones().size();
        double specificity = (primary + weights.spillover() * spill) / patternSize;
        double score = weights.coverage() * (explained / total) + (1 - weights.coverage()) * specificity;
        return new Ranked(pattern, score, primary, order);
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
