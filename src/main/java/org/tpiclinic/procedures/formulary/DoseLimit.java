package org.tpiclinic.procedures.formulary;

import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.tpiclinic.shared.Kilograms;
import org.tpiclinic.shared.Milligrams;

/**
 * The most of one agent a patient may receive in a session: a dose per kilogram of body weight, an absolute
 * maximum, or both (then the smaller wins), with the source the numbers come from. An agent with neither has no
 * limit (saline; a steroid until the clinic sets one).
 *
 * @param perKilogram mg per kg of body weight ({@code 4.5} for plain lidocaine), or null
 * @param absolute    the cap in mg whatever the weight ({@code 300}), or null
 */
public record DoseLimit(@Nullable Milligrams perKilogram, @Nullable Milligrams absolute, String source) {

    public DoseLimit {
        Objects.requireNonNull(source, "source");
        if (perKilogram != null && perKilogram.value().signum() == 0
                || absolute != null && absolute.value().signum() == 0) {
            throw new IllegalArgumentException("A dose limit must be more than 0 mg");
        }
    }

    public static DoseLimit none(String source) {
        return new DoseLimit(null, null, source);
    }

    public boolean limited() {
        return perKilogram != null || absolute != null;
    }

    /**
     * This patient's maximum: {@code min(perKilogram × weight, absolute)}; empty for an agent without a limit.
     * An agent with only an absolute cap has a maximum without a weight.
     */
    public Optional<Milligrams> maximumFor(Optional<Kilograms> weight) {
        if (perKilogram == null) {
            return Optional.ofNullable(absolute);
        }
        if (weight.isEmpty()) {
            return Optional.empty();
        }
        var byWeight = perKilogram.perKilogramFor(weight.get());
        return Optional.of(absolute == null ? byWeight : byWeight.min(absolute));
    }
}
