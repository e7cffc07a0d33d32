package org.tpiclinic.outcomes.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Kaplan-Meier product-limit estimate of the share still free of the event (here: pain not yet back) over
 * time. At a time with both events and censorings, the events count first (the usual convention: a censored
 * observation was still at risk at that time).
 */
public final class KaplanMeier {

    /** One follow-up: {@code days} until the event, or until the last look if {@code event} is false. */
    public record Observation(int days, boolean event) {
        public Observation {
            if (days < 0) {
                throw new IllegalArgumentException("negative time " + days);
            }
        }
    }

    /** After {@code day}: how many were at risk, had the event, were censored, and the estimate after it. */
    public record Step(int day, int atRisk, int events, int censored, double survival) {
    }

    /** The curve: its steps in time order, and the median (first day the estimate is at most 0.5; null if never). */
    public record Curve(List<Step> steps, int observations, int events, Integer median) {
    }

    private KaplanMeier() {
    }

    public static Curve estimate(List<Observation> observations) {
        Map<Integer, int[]> byDay = new TreeMap<>();
        int events = 0;
        for (Observation o : observations) {
            int[] counts = byDay.computeIfAbsent(o.days(), d -> new int[2]);
            counts[o.event() ? 0 : 1]++;
            events += o.event() ? 1 : 0;
        }
        return curve(byDay, observations.size(), events);
    }

    /**
     * The same from counts already grouped by day ({@code [events, censored]} per day), as the database returns
     * them for a whole practice.
     */
    public static Curve fromCounts(Map<Integer, int[]> byDay) {
        int total = 0;
        int events = 0;
        for (int[] c : byDay.values()) {
            total += c[0] + c[1];
            events += c[0];
        }
        return curve(new TreeMap<>(byDay), total, events);
    }

    private static Curve curve(Map<Integer, int[]> byDay, int total, int events) {
        var steps = new ArrayList<Step>();
        int atRisk = total;
        double survival = 1.0;
        Integer median = null;
        for (var entry : byDay.entrySet()) {
            int d = entry.getValue()[0];
            int c = entry.getValue()[1];
            if (d > 0) {
                survival *= 1.0 - (double) d / atRisk;
            }
            steps.add(new Step(entry.getKey(), atRisk, d, c, survival));
            if (median == null && survival <= 0.5) {
                median = entry.getKey();
            }
            atRisk -= d + c;
        }
        return new Curve(List.copyOf(steps), total, events, median);
    }
}
