package org.tpiclinic.procedures;

import java.util.Objects;
import java.util.UUID;

/** The id of an injection session. */
public record SessionId(UUID value) {

    public SessionId {
        Objects.requireNonNull(value, "session id");
    }

    public static SessionId of(UUID value) {
        return new SessionId(value);
    }

    public static SessionId parse(String text) {
        return new SessionId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
