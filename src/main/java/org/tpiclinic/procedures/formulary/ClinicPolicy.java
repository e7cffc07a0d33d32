package org.tpiclinic.procedures.formulary;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One clinic policy of a formulary version: on or off, its threshold (days or sessions, see
 * {@link PolicyCode#unit()}) and where the number comes from.
 *
 * @param threshold null exactly when the policy's unit is {@link PolicyCode.Unit#NONE}
 */
public record ClinicPolicy(PolicyCode code, boolean enabled, @Nullable Integer threshold, String source) {

    public ClinicPolicy {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(source, "source");
        boolean needsThreshold = code.unit() != PolicyCode.Unit.NONE;
        if (needsThreshold != (threshold != null)) {
            throw new IllegalArgumentException(needsThreshold ? "This policy needs a number" : "This policy has no number");
        }
        if (threshold != null && threshold <= 0) {
            throw new IllegalArgumentException("A policy's number must be more than 0");
        }
    }

    public int number() {
        return Objects.requireNonNull(threshold);
    }
}
