package org.tpiclinic.shared;

import java.util.Objects;
import java.util.UUID;

/** The id of a clinician: a UUID that cannot be passed where another kind of id is expected. */
public record ClinicianId(UUID value) {

    public ClinicianId {
        Objects.requireNonNull(value, "clinician id");
    }

    public static ClinicianId of(UUID value) {
        return new ClinicianId(value);
    }

    /** Reads an id from a path or form value; a malformed one is an {@link IllegalArgumentException}. */
    public static ClinicianId parse(String text) {
        return new ClinicianId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
