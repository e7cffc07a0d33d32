package org.tpiclinic.scheduling;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tpiclinic.scheduling.SlotFinder.ClinicianSchedule;

/** Loads what {@link SlotFinder} needs about one clinician for a range of dates. */
@Component
class ScheduleReader {

    private final SetupCache setup;
    private final Appointments appointments;

    ScheduleReader(SetupCache setup, Appointments appointments) {
        this.setup = setup;
        this.appointments = appointments;
    }

    ClinicianSchedule schedule(UUID clinicianId, LocalDate from, LocalDate to) {
        // A day either side covers every zone's local dates.
        var busy = appointments.findForClinician(clinicianId, from.minusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                to.plusDays(2).atStartOfDay().toInstant(ZoneOffset.UTC));
        var hours = setup.current().hours(clinicianId, from.minusDays(1), to.plusDays(1));
        return new ClinicianSchedule(clinicianId, hours.hours(), hours.breaks(), hours.exceptions(),
                SlotSearch.busyOf(busy));
    }
}
