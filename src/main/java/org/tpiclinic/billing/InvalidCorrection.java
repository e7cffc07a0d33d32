package org.tpiclinic.billing;

import java.util.Map;

/**
 * A correction that cannot be saved as sent; nothing was changed.
 *
 * @param errors message keys by form field ({@code reason}, {@code procedures}, {@code diagnoses})
 */
public class InvalidCorrection extends RuntimeException {

    private final transient Map<String, String> errors;

    InvalidCorrection(Map<String, String> errors) {
        super("The correction was refused: " + errors);
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
