package org.tpiclinic.scheduling;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.tpiclinic.scheduling.SlotFinder.ClinicianSchedule;

/**
 * One revision of the scheduling set-up, read-only: appointment types, locations and clinicians by id, and each
 * clinician's weekly hours, breaks and exceptions. The entities in it are shared: never change them.
 */
record SetupSnapshot(long revision, Map<UUID, AppointmentType> types, Map<UUID, Location> locations,
        Map<UUID, Clinician> clinicians, Map<UUID, List<WeeklyHours>> hours, Map<UUID, List<BreakTime>> breaks,
        Map<UUID, List<ScheduleException>> exceptions) {

    Optional<AppointmentType> type(UUID id) {
        return Optional.ofNullable(id == null ? null : types.get(id));
    }

    Optional<Location> location(UUID id) {
        return Optional.ofNullable(id == null ? null : locations.get(id));
    }

    Optional<Clinician> clinician(UUID id) {
        return Optional.ofNullable(id == null ? null : clinicians.get(id));
    }

    /** Hours, breaks and the exceptions from the day before to the day after (every zone's local dates). */
    ClinicianSchedule hours(UUID clinicianId, LocalDate day) {
        var around = exceptions.getOrDefault(clinicianId, List.of()).stream()
                .filter(e -> !e.date().isBefore(day.minusDays(1)) && !e.date().isAfter(day.plusDays(1)))
                .toList();
        return new ClinicianSchedule(clinicianId, hours.getOrDefault(clinicianId, List.of()),
                breaks.getOrDefault(clinicianId, List.of()), around, List.of());
    }
}
