package org.tpiclinic.aftercare;

/**
 * A patient's answers to a check-in, already checked (the web form shows its own messages beside each field).
 *
 * @param pain 0–10 now
 */
public record CheckInAnswers(int pain, Soreness soreness, boolean bruising, boolean fever, boolean redness,
        boolean breathing) {

    /** How sore the treated muscles are. */
    public enum Soreness {
        NONE, MILD, MODERATE, SEVERE
    }

    public CheckInAnswers {
        if (pain < 0 || pain > 10) {
            throw new IllegalArgumentException("Pain is a number from 0 to 10");
        }
        if (soreness == null) {
            throw new IllegalArgumentException("Say how sore the treated muscles are");
        }
    }
}
