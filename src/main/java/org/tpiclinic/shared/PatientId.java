package org.tpiclinic.shared;

import java.util.Objects;
import java.util.UUID;

/** The id of a patient: a UUID that cannot be passed where another kind of id is expected. */
public record PatientId(UUID value) {

    public PatientId {
        Objects.requireNonNull(value, "patient id");
    }

    public static PatientId of(UUID value) {
        return new PatientId(value);
    }

    /** Reads an id from a path or form value; a malformed one is an {@link IllegalArgumentException}. */
    public static PatientId parse(String text) {
        return new PatientId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
