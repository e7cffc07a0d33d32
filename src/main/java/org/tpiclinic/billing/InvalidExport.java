package org.tpiclinic.billing;

/**
 * An export that cannot be made as asked; nothing was disclosed or audited.
 *
 * @param field   the form field the message belongs beside ({@code from}, {@code to})
 * @param message the message key
 */
public class InvalidExport extends RuntimeException {

    private final String field;
    private final String key;

    InvalidExport(String field, String key) {
        super("The export was refused: " + key);
        this.field = field;
        this.key = key;
    }

    public String field() {
        return field;
    }

    public String key() {
        return key;
    }
}
