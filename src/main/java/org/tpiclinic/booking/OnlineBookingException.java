package org.tpiclinic.booking;

import java.util.List;

import org.tpiclinic.scheduling.Slot;

/**
 * An online booking could not go ahead: the chosen time is no longer free (with the nearest free times the
 * person may still book online), or a rule refused it. Nothing was booked.
 */
public class OnlineBookingException extends RuntimeException {

    private final transient List<Slot> alternatives;

    public OnlineBookingException(String message, List<Slot> alternatives) {
        super(message, null, false, false);
        this.alternatives = List.copyOf(alternatives);
    }

    public List<Slot> alternatives() {
        return alternatives;
    }
}
