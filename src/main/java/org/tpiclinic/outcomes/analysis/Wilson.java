package org.tpiclinic.outcomes.analysis;

/**
 * The Wilson score interval for a proportion (Wilson EB, J Am Stat Assoc 1927;22:209-12): unlike the Wald
 * interval it stays inside 0..1 and behaves with small groups and proportions near 0 or 1.
 */
public final class Wilson {

    /** The normal quantile for a two-sided 95 % interval. */
    static final double Z95 = 1.959963984540054;

    private Wilson() {
    }

    /** The 95 % interval of {@code successes} out of {@code total}; null when there is no one to count. */
    public static Interval of(int successes, int total) {
        if (total <= 0) {
            return null;
        }
        if (successes < 0 || successes > total) {
            throw new IllegalArgumentException(successes + " successes out of " + total);
        }
        double n = total;
        double p = successes / n;
        double z2 = Z95 * Z95;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z95 / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        // At 0 and at all the bound is exactly 0 or 1; rounding would otherwise leave 0.9999999999999999.
        double low = successes == 0 ? 0 : Math.max(0, centre - half);
        double high = successes == total ? 1 : Math.min(1, centre + half);
        return new Interval(successes, total, p, low, high);
    }
}
