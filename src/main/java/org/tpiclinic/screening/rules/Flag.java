package org.tpiclinic.screening.rules;

import org.tpiclinic.screening.Answer;

/**
 * One yes/no fact from two places: the medical record, and the patient's intake answer.
 *
 * @param onRecord whether the record says so
 * @param reported the intake answer: yes, no, not sure, or not answered yet
 */
public record Flag(boolean onRecord, Answer reported) {

    public static final Flag NO = new Flag(false, Answer.NO);

    public Flag {
        reported = Answer.of(reported);
    }

    public static Flag reported(Answer answer) {
        return new Flag(false, answer);
    }

    public boolean present() {
        return onRecord || reported.yes();
    }

    /** Nothing on the record and the question not answered yet. */
    public boolean unanswered() {
        return !onRecord && reported == Answer.NOT_ANSWERED;
    }

    /** Nothing on the record and the patient not sure. */
    public boolean unsure() {
        return !onRecord && reported == Answer.UNSURE;
    }

    /** As the facts' fingerprint has always read a flag (the record's text when the answer was a Boolean). */
    String fingerprint() {
        return "Flag[onRecord=" + onRecord + ", reported=" + reported.fingerprint() + "]";
    }
}
