package org.tpiclinic.identity;

/**
 * A password that {@link PasswordPolicy} refuses; {@link #messageKey()} and {@link #arguments()} name the text
 * shown next to the field, the exception's message is the same in English (for logs and start-up errors).
 */
public class PasswordRejected extends IllegalArgumentException {

    private final String messageKey;
    private final transient Object[] arguments;

    PasswordRejected(String messageKey, String message, Object... arguments) {
        super(message);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
