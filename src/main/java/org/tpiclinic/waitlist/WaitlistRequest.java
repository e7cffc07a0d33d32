package org.tpiclinic.waitlist;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a patient waits for: a type; optionally one clinician and one location (null: any); time windows and/or
 * a date range (inclusive; either end may be open); a short note for the front desk.
 */
public record WaitlistRequest(UUID typeId, UUID clinicianId, UUID locationId, List<TimeWindow> windows,
        LocalDate fromDate, LocalDate toDate, String note) {

    /** Longest note kept. */
    public static final int NOTE_MAX = 300;
    /** Most time windows on one entry (they are stored in one column). */
    public static final int WINDOWS_MAX = 4;

    public WaitlistRequest {
        if (typeId == null) {
            throw new IllegalArgumentException("Choose a kind of appointment");
        }
        windows = windows == null ? List.of() : List.copyOf(windows);
        if (windows.size() > WINDOWS_MAX) {
            throw new IllegalArgumentException("Give at most " + WINDOWS_MAX + " time windows");
        }
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            throw new IllegalArgumentException("The last date must not be before the first date");
        }
        note = note == null || note.isBlank() ? null : note.trim();
        if (note != null && note.length() > NOTE_MAX) {
            throw new IllegalArgumentException("Use at most " + NOTE_MAX + " characters for the note");
        }
    }
}
