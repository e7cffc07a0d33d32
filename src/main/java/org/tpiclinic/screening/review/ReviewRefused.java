package org.tpiclinic.screening.review;

/** A review the server refuses (a hard stop, a warning without a reason), with the field it concerns. */
public class ReviewRefused extends IllegalArgumentException {

    private final String field;
    private final String messageKey;

    public ReviewRefused(String field, String messageKey, String defaultMessage) {
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
