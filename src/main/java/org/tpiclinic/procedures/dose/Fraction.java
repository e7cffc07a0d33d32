package org.tpiclinic.procedures.dose;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * An exact ratio of two decimals, so that "is this share above the limit" is decided without rounding; a decimal
 * approximation is made only to show it.
 */
record Fraction(BigDecimal numerator, BigDecimal denominator) {

    static final Fraction ZERO = new Fraction(BigDecimal.ZERO, BigDecimal.ONE);

    Fraction {
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("A fraction needs a denominator above 0");
        }
    }

    Fraction plus(Fraction other) {
        if (denominator.compareTo(other.denominator) == 0) {
            return new Fraction(numerator.add(other.numerator), denominator);
        }
        return new Fraction(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    /** Compares this fraction with a decimal exactly: numerator / denominator against value. */
    int compareTo(BigDecimal value) {
        return numerator.compareTo(value.multiply(denominator));
    }

    /** A decimal close to the fraction (34 significant digits), for showing and reporting only. */
    BigDecimal approximate() {
        return numerator.divide(denominator, MathContext.DECIMAL128).stripTrailingZeros();
    }
}
