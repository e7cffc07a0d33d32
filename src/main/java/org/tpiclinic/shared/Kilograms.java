package org.tpiclinic.shared;

import java.math.BigDecimal;
import java.util.Objects;

/** A body weight in kilograms, exact. Dose limits per kilogram multiply it; nothing else may. */
public record Kilograms(BigDecimal value) implements Comparable<Kilograms> {

    public Kilograms {
        Objects.requireNonNull(value, "kilograms");
        if (value.signum() <= 0) {
            throw new IllegalArgumentException("A weight must be more than 0 kg");
        }
    }

    public static Kilograms of(String value) {
        return new Kilograms(new BigDecimal(value));
    }

    @Override
    public int compareTo(Kilograms other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.stripTrailingZeros().toPlainString() + " kg";
    }
}
