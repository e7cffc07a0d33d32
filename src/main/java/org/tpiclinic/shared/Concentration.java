package org.tpiclinic.shared;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How much drug a millilitre holds, in mg/mL. A percentage is grams per 100 mL, so 1 % is 10 mg/mL; both forms are
 * kept exact.
 */
public record Concentration(BigDecimal milligramsPerMillilitre) {

    private static final BigDecimal MG_PER_ML_PER_PERCENT = BigDecimal.TEN;

    public Concentration {
        Objects.requireNonNull(milligramsPerMillilitre, "concentration");
        if (milligramsPerMillilitre.signum() < 0) {
            throw new IllegalArgumentException("A concentration cannot be negative");
        }
    }

    public static Concentration mgPerMl(String value) {
        return new Concentration(new BigDecimal(value));
    }

    public static Concentration percent(String value) {
        return new Concentration(new BigDecimal(value).multiply(MG_PER_ML_PER_PERCENT));
    }

    public BigDecimal percent() {
        return milligramsPerMillilitre.divide(MG_PER_ML_PER_PERCENT);
    }

    /** The amount of drug in {@code volume} of this solution. */
    public Milligrams in(Millilitres volume) {
        return new Milligrams(milligramsPerMillilitre.multiply(volume.value()));
    }

    @Override
    public String toString() {
        return milligramsPerMillilitre.stripTrailingZeros().toPlainString() + " mg/mL";
    }
}
