package org.tpiclinic.scheduling;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tpiclinic.audit.AuditAction;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.patients.PatientRegistry;

/**
 * Schedules to read: a clinician's week and a location's day, for staff. Each view is one audited query
 * (so the transaction writes: not read-only).
 */
@Service
@Transactional
public class Calendar {

    private final Appointments appointments;
    private final SchedulingDirectory directory;
    private final PatientRegistry patients;
    private final SchedulingAccess access;

    Calendar(Appointments appointments, SchedulingDirectory directory, PatientRegistry patients,
            SchedulingAccess access) {
        this.appointments = appointments;
        this.directory = directory;
        this.patients = patients;
        this.access = access;
    }

    /** The clinician's appointments on the seven days from {@code monday}, in each location's local dates. */
    public List<CalendarEntry> week(CurrentUser actor, UUID clinicianId, LocalDate monday) {
        access.requireStaff(actor, null, "schedule");
        var clinician = directory.clinician(clinicianId);
        // Widen by a day either side (zones), then keep what falls on the week's local dates.
        var found = appointments.findForClinician(clinician.id(), monday.minusDays(1).atStartOfDay(ZoneId.of("UTC"))
                .toInstant(), monday.plusDays(9).atStartOfDay(ZoneId.of("UTC")).toInstant());
        var entries = entries(actor, found).stream().filter(e -> {
            var day = e.localStart().toLocalDate();
            return !day.isBefore(monday) && day.isBefore(monday.plusDays(7));
        }).toList();
        access.record(actor, null, AuditAction.QUERY, "week of " + monday + " for clinician " + clinician.name()
                + " (" + entries.size() + ")");
        return entries;
    }

    /** The location's appointments on its local date {@code day}. */
    public List<CalendarEntry> day(CurrentUser actor, UUID locationId, LocalDate day) {
        access.requireStaff(actor, null, "schedule");
        var location = directory.location(locationId);
        var zone = location.zone();
        var found = appointments.findForLocation(locationId, day.atStartOfDay(zone).toInstant(),
                day.plusDays(1).atStartOfDay(zone).toInstant());
        var entries = entries(actor, found);
        access.record(actor, null, AuditAction.QUERY, "day " + day + " at " + location.name() + " ("
                + entries.size() + ")");
        return entries;
    }

    /** One appointment with its names, for its own page (audited as a read of that patient's data). */
    public CalendarEntry entry(CurrentUser actor, Appointment appointment) {
        return entries(actor, List.of(appointment)).get(0);
    }

    private List<CalendarEntry> entries(CurrentUser actor, List<Appointment> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> names = patients.names(actor, found.stream().map(Appointment::patientId).distinct().toList());
        Map<UUID, Location> locations = directory.locations().stream()
                .collect(Collectors.toMap(Location::id, Function.identity()));
        return found.stream().map(a -> {
            var location = locations.get(a.locationId());
            return new CalendarEntry(a, names.getOrDefault(a.patientId(), "(unknown patient)"),
                    directory.clinician(a.clinicianId()).name(), location.name(),
                    directory.type(a.typeId()).name(), location.zone());
        }).toList();
    }

}
