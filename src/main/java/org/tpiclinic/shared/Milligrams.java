package org.tpiclinic.shared;

import java.math.BigDecimal;
import java.util.Objects;

/** An amount of a drug in milligrams, exact (never a floating-point number that could be mg or mL). */
public record Milligrams(BigDecimal value) implements Comparable<Milligrams> {

    public static final Milligrams ZERO = new Milligrams(BigDecimal.ZERO);

    public Milligrams {
        Objects.requireNonNull(value, "milligrams");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("An amount cannot be negative");
        }
    }

    public static Milligrams of(String value) {
        return new Milligrams(new BigDecimal(value));
    }

    public Milligrams plus(Milligrams other) {
        return new Milligrams(value.add(other.value));
    }

    /** A dose per kilogram times a weight: {@code 4.5 mg/kg × 70 kg = 315 mg}. */
    public Milligrams perKilogramFor(Kilograms weight) {
        return new Milligrams(value.multiply(weight.value()));
    }

    public Milligrams min(Milligrams other) {
        return compareTo(other) <= 0 ? this : other;
    }

    @Override
    public int compareTo(Milligrams other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.stripTrailingZeros().toPlainString() + " mg";
    }
}
