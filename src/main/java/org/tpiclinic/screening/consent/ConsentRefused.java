package org.tpiclinic.screening.consent;

/** A signature that cannot be accepted, with the form field to show the message beside. Answered with 400. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.BAD_REQUEST)
public class ConsentRefused extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    public ConsentRefused(String field, String messageKey, String message, Object... args) {
        super(message);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The values the message names (limits, for instance). */
    public Object[] args() {
        return args.clone();
    }
}
