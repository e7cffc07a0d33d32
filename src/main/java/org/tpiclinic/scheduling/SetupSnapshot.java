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

    /** Clinicians in name order. */
    List<Clinician> cliniciansByName() {
        return clinicians.values().stream().sorted(java.util.Comparator.comparing(Clinician::name)).toList();
    }

    /** Hours, breaks and the exceptions from the day before to the day after (every zone's local dates). */
    ClinicianSchedule hours(UUID clinicianId, LocalDate day) {
        return hours(clinicianId, day.minusDays(1), day.plusDays(1));
    }

    /** Hours, breaks and the exceptions on local dates {@code from} to {@code to}, without appointments. */
    ClinicianSchedule hours(UUID clinicianId, LocalDate from, LocalDate to) {
        var within = exceptions.getOrDefault(clinicianId, List.of()).stream()
                .filter(e -> !e.date().isBefore(from) && !e.date().isAfter(to))
                .toList();
        return new ClinicianSchedule(clinicianId, hours.getOrDefault(clinicianId, List.of()),
                breaks.getOrDefault(clinicianId, List.of()), within, List.of());
    }
}
