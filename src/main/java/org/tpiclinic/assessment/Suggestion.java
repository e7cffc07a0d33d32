package org.tpiclinic.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A muscle on one side whose usual referral pattern explains part of a pain drawing. Zone lists hold
 * {@link BodyZone}s of the drawing, in the drawing's order.
 *
 * @param score 0–1: how much of the drawing it explains, weighted by intensity, and how much of its own pattern
 *        the drawing shows (see {@link MuscleSuggestions})
 * @param primary marked zones where this muscle usually refers pain
 * @param spillover marked zones its pain sometimes spreads to
 * @param local marked zones over its usual trigger points (local pain)
 * @param unexplained marked zones this muscle would not explain
 */
public record Suggestion(BodySite site, AtlasMuscle muscle, double score, List<BodyZone> primary,
        List<BodyZone> spillover, List<BodyZone> local, List<BodyZone> unexplained) {

    /** The score as a whole percentage, for display. */
    public int percent() {
        return (int) Math.round(score * 100);
    }

    /** The reason in plain words, e.g. "Refers to temple, left and back of the neck, left, which were marked." */
    public String reason() {
        var parts = new ArrayList<String>();
        if (!primary.isEmpty()) {
            parts.add("usually refers pain to " + labels(primary));
        }
        if (!spillover.isEmpty()) {
            parts.add("sometimes spreads pain to " + labels(spillover));
        }
        if (!local.isEmpty()) {
            parts.add("has its trigger points under " + labels(local));
        }
        String text = String.join("; ", parts) + ", which were marked.";
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String labels(List<BodyZone> zones) {
        var names = zones.stream().map(z -> z.label().toLowerCase(Locale.ROOT)).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join("; ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
