package org.tpiclinic.scheduling;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tpiclinic.scheduling.SlotFinder.ClinicianSchedule;

/** Loads what {@link SlotFinder} needs about one clinician for a range of dates. */
@Component
class ScheduleReader {

    private final Availability availability;
    private final Appointments appointments;

    ScheduleReader(Availability availability, Appointments appointments) {
        this.availability = availability;
        this.appointments = appointments;
    }

    ClinicianSchedule schedule(UUID clinicianId, LocalDate from, LocalDate to) {
        // A day either side covers every zone's local dates.
        var busy = appointments.findForClinician(clinicianId, from.minusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                to.plusDays(2).atStartOfDay().toInstant(ZoneOffset.UTC));
        return new ClinicianSchedule(clinicianId, availability.hours(clinicianId), availability.breaks(clinicianId),
                availability.exceptions(clinicianId, from.minusDays(1), to.plusDays(1)), SlotSearch.busyOf(busy));
    }
}
