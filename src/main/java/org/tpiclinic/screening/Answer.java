package org.tpiclinic.screening;

import org.jspecify.annotations.Nullable;

/**
 * A patient's answer to one yes/no question of the intake. "Not sure" is an answer the patient gave (they do not
 * know whether they take a blood thinner); "not answered" means nobody has asked yet. Screening tells the two
 * apart: both leave the fact unknown, so neither is ever a pass, but each asks the clinician for something
 * different (check it, or ask it).
 */
public enum Answer {
    NOT_ANSWERED, YES, NO, UNSURE;

    /** An answer from a form or a stored column, where nothing (null) means the question was not answered. */
    public static Answer of(@Nullable Answer answer) {
        return answer == null ? NOT_ANSWERED : answer;
    }

    /** An answer from a plain yes/no. */
    public static Answer of(boolean yes) {
        return yes ? YES : NO;
    }

    public boolean yes() {
        return this == YES;
    }

    public boolean no() {
        return this == NO;
    }

    /** Whether the patient answered at all; "not sure" is an answer. */
    public boolean given() {
        return this != NOT_ANSWERED;
    }

    /**
     * How this answer reads in a facts fingerprint: yes and no read as the {@code true} and {@code false} they
     * were stored as before the enum, so a review made then keeps its fingerprint.
     */
    public String fingerprint() {
        return switch (this) {
            case YES -> "true";
            case NO -> "false";
            case NOT_ANSWERED -> "null";
            case UNSURE -> "unsure";
        };
    }
}
