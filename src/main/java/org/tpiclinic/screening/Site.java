package org.tpiclinic.screening;

import java.util.Comparator;
import java.util.Objects;

/**
 * One planned site: a muscle and the side it is on. Its code is {@code MUSCLE:SIDE}, e.g. {@code
 * UPPER_TRAPEZIUS:RIGHT}; a code written before sides were kept ({@code UPPER_TRAPEZIUS}) reads as {@link
 * Side#UNRECORDED}.
 */
public record Site(Muscle muscle, Side side) implements Comparable<Site> {

    private static final Comparator<Site> ORDER = Comparator.comparing(Site::muscle).thenComparing(Site::side);

    public Site {
        Objects.requireNonNull(muscle, "Choose a muscle");
        Objects.requireNonNull(side, "Choose a side");
    }

    public static Site left(Muscle muscle) {
        return new Site(muscle, Side.LEFT);
    }

    public static Site right(Muscle muscle) {
        return new Site(muscle, Side.RIGHT);
    }

    public static Site bilateral(Muscle muscle) {
        return new Site(muscle, Side.BILATERAL);
    }

    public boolean nearThorax() {
        return muscle.nearThorax();
    }

    /** Whether this site (as consented to or reviewed) includes {@code other}: the same muscle, on a side it covers. */
    public boolean includes(Site other) {
        return muscle == other.muscle && side.includes(other.side);
    }

    public String code() {
        return muscle.name() + ":" + side.name();
    }

    /** Reads {@link #code()} back; a bare muscle name is a site recorded before sides were kept. */
    public static Site parse(String code) {
        int colon = code.indexOf(':');
        return colon < 0 ? new Site(Muscle.valueOf(code), Side.UNRECORDED)
                : new Site(Muscle.valueOf(code.substring(0, colon)), Side.valueOf(code.substring(colon + 1)));
    }

    @Override
    public int compareTo(Site other) {
        return ORDER.compare(this, other);
    }
}
