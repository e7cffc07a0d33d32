package org.tpiclinic.waitlist.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.validation.Errors;
import org.tpiclinic.scheduling.Location;
import org.tpiclinic.scheduling.SchedulingDirectory;
import org.tpiclinic.waitlist.TimeWindow;
import org.tpiclinic.waitlist.WaitlistRequest;

/**
 * The waitlist form, for staff and patients alike: a type, optionally a clinician and a location, up to
 * {@link #ROWS} time windows (days and local times) and a date range. Every field is checked here with a message
 * beside it; nothing is saved unless all pass.
 */
public class WaitlistForm {

    static final int ROWS = 2;

    /** The only request parameters bound: anything else (say {@code windows[256].from}) is ignored, not grown. */
    static final String[] FIELDS = { "patientId", "typeId", "clinicianId", "locationId", "fromDate", "toDate", "note",
            "windows[0].days", "windows[0].from", "windows[0].to", "windows[1].days", "windows[1].from",
            "windows[1].to" };

    private UUID patientId;
    private UUID typeId;
    private UUID clinicianId;
    private UUID locationId;
    private List<Window> windows = new ArrayList<>(List.of(new Window(), new Window()));
    private LocalDate fromDate;
    private LocalDate toDate;
    private String note;

    /** One row of the form: days of the week and a local from/to time. All empty: the row is not used. */
    public static class Window {
        private List<DayOfWeek> days = new ArrayList<>();
        private LocalTime from;
        private LocalTime to;

        boolean empty() {
            return (days == null || days.isEmpty()) && from == null && to == null;
        }

        public List<DayOfWeek> getDays() { return days; }
        public void setDays(List<DayOfWeek> days) { this.days = days; }
        public LocalTime getFrom() { return from; }
        public void setFrom(LocalTime from) { this.from = from; }
        public LocalTime getTo() { return to; }
        public void setTo(LocalTime to) { this.to = to; }
    }

    /**
     * The earliest last date an entry may have: today at the chosen location; with none chosen, yesterday in UTC,
     * which is still today west of Greenwich (as {@code Waitlist} allows).
     */
    static LocalDate earliestLastDate(Location location, Clock clock) {
        return location != null ? LocalDate.now(clock.withZone(location.zone()))
                : LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(1);
    }

    /** Checks every field. */
    void validate(Errors errors, SchedulingDirectory directory, Clock clock) {
        var types = directory.types().stream().filter(t -> t.active()).map(t -> t.id()).toList();
        if (!errors.hasFieldErrors("typeId") && (typeId == null || !types.contains(typeId))) {
            errors.rejectValue("typeId", "waitlist.error.type", "Choose a kind of appointment");
        }
        if (!errors.hasFieldErrors("clinicianId") && clinicianId != null && directory.clinicians().stream()
                .noneMatch(c -> c.id().equals(clinicianId) && (typeId == null || c.offers(typeId)))) {
            errors.rejectValue("clinicianId", "waitlist.error.clinician",
                    "Choose a clinician who offers this kind of appointment, or any clinician");
        }
        var location = locationId == null ? Optional.<Location>empty()
                : directory.locations().stream().filter(l -> l.id().equals(locationId)).findFirst();
        if (!errors.hasFieldErrors("locationId") && locationId != null && location.isEmpty()) {
            errors.rejectValue("locationId", "waitlist.error.location", "Choose a location from the list");
        }
        LocalDate earliest = earliestLastDate(location.orElse(null), clock);
        for (int i = 0; i < windows.size() && i < ROWS; i++) {
            validate(errors, i, windows.get(i));
        }
        if (!errors.hasFieldErrors("toDate") && toDate != null && toDate.isBefore(earliest)) {
            errors.rejectValue("toDate", "waitlist.error.past", "The last date is in the past");
        } else if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            errors.rejectValue("toDate", "waitlist.error.order", "The last date must not be before the first date");
        }
        if (note != null && (note.length() > WaitlistRequest.NOTE_MAX
                || note.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t'))) {
            errors.rejectValue("note", "waitlist.error.note", "Use at most " + WaitlistRequest.NOTE_MAX
                    + " characters");
        }
    }

    private static void validate(Errors errors, int i, Window w) {
        String path = "windows[" + i + "].";
        if (w.empty() || errors.hasFieldErrors(path + "from") || errors.hasFieldErrors(path + "to")) {
            return;
        }
        if (w.days == null || w.days.isEmpty()) {
            errors.rejectValue(path + "days", "waitlist.error.days", "Choose at least one day");
        } else if (w.days.contains(null)) { // an empty value among the days: only a crafted request sends one
            errors.rejectValue(path + "days", "waitlist.error.dayUnknown", "Choose days from the list");
        }
        if (w.from == null || w.to == null) {
            errors.rejectValue(path + "to", "waitlist.error.times", "Give both a start and an end time");
        } else if (!w.from.isBefore(w.to)) {
            errors.rejectValue(path + "to", "waitlist.error.timeOrder", "The end time must be after the start time");
        }
    }

    WaitlistRequest request() {
        var chosen = windows.stream().limit(ROWS).filter(w -> !w.empty())
                .map(w -> new TimeWindow(EnumSet.copyOf(w.days), w.from, w.to)).toList();
        return new WaitlistRequest(typeId, clinicianId, locationId, chosen, fromDate, toDate, note);
    }

    public UUID getPatientId() { return patientId; }
    public void setPatientId(UUID patientId) { this.patientId = patientId; }
    public UUID getTypeId() { return typeId; }
    public void setTypeId(UUID typeId) { this.typeId = typeId; }
    public UUID getClinicianId() { return clinicianId; }
    public void setClinicianId(UUID clinicianId) { this.clinicianId = clinicianId; }
    public UUID getLocationId() { return locationId; }
    public void setLocationId(UUID locationId) { this.locationId = locationId; }
    public List<Window> getWindows() { return windows; }
    public void setWindows(List<Window> windows) { this.windows = windows; }
    public LocalDate getFromDate() { return fromDate; }
    public void setFromDate(LocalDate fromDate) { this.fromDate = fromDate; }
    public LocalDate getToDate() { return toDate; }
    public void setToDate(LocalDate toDate) { this.toDate = toDate; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
