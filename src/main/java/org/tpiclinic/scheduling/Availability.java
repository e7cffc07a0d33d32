package org.tpiclinic.scheduling;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tpiclinic.shared.NotFoundException;
import org.tpiclinic.shared.ClinicianId;
import org.tpiclinic.shared.LocationId;

/**
 * Changes clinicians' hours: weekly hours per location, weekly breaks and one-day exceptions, all in the
 * location's local time. The rules live in the {@link Clinician} aggregate; this use case checks that the
 * clinician and the location exist, lets the clinician change, and saves it (which records a change of the
 * set-up). Changing hours never moves or cancels an appointment already booked.
 */
@Service
@Transactional
public class Availability {

    private final Clinicians clinicians;
    private final Locations locations;

    Availability(Clinicians clinicians, Locations locations) {
        this.clinicians = clinicians;
        this.locations = locations;
    }

    public WeeklyHours addHours(ClinicianId clinicianId, LocationId locationId, DayOfWeek day, LocalTime start,
            LocalTime end) {
        var clinician = clinician(clinicianId.value());
        requireLocation(locationId.value());
        var added = clinician.addHours(locationId, day, start, end);
        clinicians.save(clinician);
        return added;
    }

    public BreakTime addBreak(ClinicianId clinicianId, DayOfWeek day, LocalTime start, LocalTime end) {
        var clinician = clinician(clinicianId.value());
        var added = clinician.addBreak(day, start, end);
        clinicians.save(clinician);
        return added;
    }

    /** Adds the exception to its clinician (its id is kept). */
    public ScheduleException addException(ScheduleException e) {
        var clinician = clinician(e.clinicianId());
        if (e.locationId() != null) {
            requireLocation(e.locationId());
        }
        var added = clinician.addException(e.locationId(), e.kind(), e.date(), e.start(), e.end(), e.note());
        clinicians.save(clinician);
        return added;
    }

    /** Removes one weekly hours, break or exception row of the clinician. */
    public void remove(ClinicianId clinicianId, UUID entryId) {
        var clinician = clinician(clinicianId.value());
        if (!clinician.removeAvailability(entryId)) {
            throw new NotFoundException("The hours");
        }
        clinicians.save(clinician);
    }

    @Transactional(readOnly = true)
    public List<WeeklyHours> hours(ClinicianId clinicianId) {
        return clinician(clinicianId.value()).hours();
    }

    @Transactional(readOnly = true)
    public List<BreakTime> breaks(ClinicianId clinicianId) {
        return clinician(clinicianId.value()).breaks();
    }

    /** Exceptions on local dates {@code from} to {@code to}, inclusive. */
    @Transactional(readOnly = true)
    public List<ScheduleException> exceptions(ClinicianId clinicianId, LocalDate from, LocalDate to) {
        return clinician(clinicianId.value()).exceptions(from, to);
    }

    private Clinician clinician(UUID clinicianId) {
        return (clinicianId == null ? java.util.Optional.<Clinician>empty() : clinicians.findById(clinicianId))
                .orElseThrow(() -> new NotFoundException("The clinician"));
    }

    private void requireLocation(UUID locationId) {
        if (locationId == null || !locations.existsById(locationId)) {
            throw new NotFoundException("The location");
        }
    }
}
