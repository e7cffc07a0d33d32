package org.tpiclinic.screening.intake;

/**
 * An answer the questionnaire refuses, with the form field it belongs to and the message key that says why, so
 * the page shows the message beside the field and keeps everything typed.
 */
public class InvalidAnswer extends IllegalArgumentException {

    private final String field;
    private final String messageKey;

    public InvalidAnswer(String field, String messageKey, String defaultMessage) {
        super(defaultMessage);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
