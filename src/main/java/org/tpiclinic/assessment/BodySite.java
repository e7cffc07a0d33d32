package org.tpiclinic.assessment;

import java.util.Objects;

/**
 * A place to examine or inject: a muscle of the {@link Atlas} on one side. The list of body sites
 * ({@link Atlas#sites()}) is the one list that screening, consent and sessions refer to.
 *
 * @param muscle the atlas code of the muscle ({@code UPPER_TRAPEZIUS})
 */
public record BodySite(String muscle, Side side) {

    public BodySite {
        Objects.requireNonNull(muscle, "muscle");
        Objects.requireNonNull(side, "side");
    }

    /** {@code UPPER_TRAPEZIUS_L}: the code stored wherever a site is recorded. */
    public String code() {
        return muscle + "_" + side.suffix();
    }
}
