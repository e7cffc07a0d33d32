package org.tpiclinic.shared;

import java.math.BigDecimal;
import java.util.Objects;

/** A volume in millilitres, exact. */
public record Millilitres(BigDecimal value) implements Comparable<Millilitres> {

    public static final Millilitres ZERO = new Millilitres(BigDecimal.ZERO);

    public Millilitres {
        Objects.requireNonNull(value, "millilitres");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("A volume cannot be negative");
        }
    }

    public static Millilitres of(String value) {
        return new Millilitres(new BigDecimal(value));
    }

    public Millilitres plus(Millilitres other) {
        return new Millilitres(value.add(other.value));
    }

    @Override
    public int compareTo(Millilitres other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.stripTrailingZeros().toPlainString() + " mL";
    }
}
