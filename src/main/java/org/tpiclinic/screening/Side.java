package org.tpiclinic.screening;

import java.util.List;

/**
 * The side of the body a planned site is on. Every muscle in {@link Muscle} is paired, so a site always names a side:
 * left, right, or both (bilateral, which means the left and the right muscle, each named when shown).
 * {@link #UNRECORDED} marks sites of plans recorded before sides were kept (migration V170); it is never chosen, is
 * never cleared by a review, and no consent for it covers anything.
 */
public enum Side {
    LEFT, RIGHT, BILATERAL, UNRECORDED;

    /** The sides a clinician chooses from. */
    public static List<Side> choices() {
        return List.of(LEFT, RIGHT, BILATERAL);
    }

    public boolean recorded() {
        return this != UNRECORDED;
    }

    /** Whether a consent or review for this side includes {@code other}: both sides include left and right. */
    public boolean includes(Side other) {
        if (!recorded() || !other.recorded()) {
            return false;
        }
        return this == other || this == BILATERAL;
    }
}
