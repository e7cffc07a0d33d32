package org.tpiclinic.outcomes.analysis;

/** A proportion with its 95 % confidence interval, all as fractions between 0 and 1. */
public record Interval(int successes, int total, double proportion, double low, double high) {
}
