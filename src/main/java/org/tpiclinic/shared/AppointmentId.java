package org.tpiclinic.shared;

import java.util.Objects;
import java.util.UUID;

/** The id of a appointment: a UUID that cannot be passed where another kind of id is expected. */
public record AppointmentId(UUID value) {

    public AppointmentId {
        Objects.requireNonNull(value, "appointment id");
    }

    public static AppointmentId of(UUID value) {
        return new AppointmentId(value);
    }

    /** Reads an id from a path or form value; a malformed one is an {@link IllegalArgumentException}. */
    public static AppointmentId parse(String text) {
        return new AppointmentId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
