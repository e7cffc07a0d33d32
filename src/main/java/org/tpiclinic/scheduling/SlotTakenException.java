package org.tpiclinic.scheduling;

import java.util.List;

import org.tpiclinic.shared.ConflictException;

/**
 * The time asked for was taken (by another booking, possibly a moment earlier): nothing was booked. Carries the
 * nearest free slots to offer instead. Answered with 409.
 */
public class SlotTakenException extends ConflictException {

    private final transient List<Slot> alternatives;

    public SlotTakenException(String message, List<Slot> alternatives) {
        super(message);
        this.alternatives = List.copyOf(alternatives);
    }

    public List<Slot> alternatives() {
        return alternatives;
    }
}
