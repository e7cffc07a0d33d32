package org.tpiclinic.screening.rules;

/**
 * One yes/no fact from two places: the medical record, and the patient's intake answer.
 *
 * @param onRecord whether the record says so
 * @param reported the intake answer: yes, no, or {@code null} when not yet answered
 */
public record Flag(boolean onRecord, Boolean reported) {

    public static final Flag NO = new Flag(false, false);

    public static Flag reported(Boolean answer) {
        return new Flag(false, answer);
    }

    public boolean present() {
        return onRecord || Boolean.TRUE.equals(reported);
    }

    /** Nothing on the record and the question not answered yet. */
    public boolean unanswered() {
        return !onRecord && reported == null;
    }
}
