package org.tpiclinic.shared;

import java.util.Objects;
import java.util.UUID;

/** The id of a location: a UUID that cannot be passed where another kind of id is expected. */
public record LocationId(UUID value) {

    public LocationId {
        Objects.requireNonNull(value, "location id");
    }

    public static LocationId of(UUID value) {
        return new LocationId(value);
    }

    /** Reads an id from a path or form value; a malformed one is an {@link IllegalArgumentException}. */
    public static LocationId parse(String text) {
        return new LocationId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
