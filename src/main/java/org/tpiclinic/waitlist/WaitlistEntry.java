package org.tpiclinic.waitlist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.tpiclinic.scheduling.Slot;

/**
 * A patient waiting for an earlier or better time: an appointment type, optionally one clinician and one
 * location, and when they can come (time windows in the location's local time, and/or a date range; with
 * neither given they can come any time). Read model; {@link WaitlistEntries} changes it.
 */
public record WaitlistEntry(UUID id, UUID patientId, UUID typeId, UUID clinicianId, UUID locationId,
        List<TimeWindow> windows, LocalDate fromDate, LocalDate toDate, String note, WaitlistStatus status,
        String createdBy, Instant createdAt) {

    /** Whether the free slot suits this entry (its status aside). */
    public boolean matches(Slot slot) {
        if (!typeId.equals(slot.typeId()) || clinicianId != null && !clinicianId.equals(slot.clinicianId())
                || locationId != null && !locationId.equals(slot.locationId())) {
            return false;
        }
        var start = slot.start().atZone(slot.zone());
        var end = slot.end().atZone(slot.zone());
        LocalDate day = start.toLocalDate();
        if (fromDate != null && day.isBefore(fromDate) || toDate != null && day.isAfter(toDate)) {
            return false;
        }
        return windows.isEmpty() || end.toLocalDate().equals(day) && windows.stream()
                .anyMatch(w -> w.contains(day.getDayOfWeek(), start.toLocalTime(), end.toLocalTime()));
    }
}
