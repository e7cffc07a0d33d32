package org.tpiclinic.scheduling;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.screening.IntakeProgress;
import org.tpiclinic.screening.IntakeStatus;

/**
 * Turns appointments into {@link CalendarEntry}s: patient names and intake progress in one query each (each
 * audited by its own module), clinicians, locations and types from one lookup each.
 */
@Component
class CalendarEntries {

    private final SchedulingDirectory directory;
    private final PatientRegistry patients;
    private final IntakeStatus intake;

    CalendarEntries(SchedulingDirectory directory, PatientRegistry patients, IntakeStatus intake) {
        this.directory = directory;
        this.patients = patients;
        this.intake = intake;
    }

    List<CalendarEntry> of(CurrentUser actor, List<Appointment> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        var patientIds = found.stream().map(Appointment::patientId).distinct().toList();
        Map<UUID, String> names = patients.names(actor, patientIds);
        Map<UUID, IntakeProgress> progress = intake.of(actor, patientIds);
        Map<UUID, Integer> awaiting = intake.awaitingReview(actor, patientIds);
        var locations = byId(directory.locations(), Location::id);
        var clinicians = byId(directory.clinicians(), Clinician::id);
        var types = byId(directory.types(), AppointmentType::id);
        return found.stream().map(a -> {
            var location = locations.get(a.locationId());
            return new CalendarEntry(a, names.getOrDefault(a.patientId(), "(unknown patient)"),
                    clinicians.get(a.clinicianId()).name(), location.name(), types.get(a.typeId()).name(),
                    location.zone(), progress.get(a.patientId()), awaiting.getOrDefault(a.patientId(), 0));
        }).toList();
    }

    private static <T> Map<UUID, T> byId(List<T> all, Function<T, UUID> id) {
        return all.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
