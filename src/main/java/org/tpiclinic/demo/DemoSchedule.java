package org.tpiclinic.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.scheduling.AppointmentTypes;
import org.tpiclinic.scheduling.Availability;
import org.tpiclinic.scheduling.Clinician;
import org.tpiclinic.scheduling.Clinicians;
import org.tpiclinic.scheduling.Location;
import org.tpiclinic.scheduling.Locations;
import org.tpiclinic.shared.ClinicianId;
import org.tpiclinic.shared.LocationId;

/**
 * The demo practice's schedule: two locations in two zones, the demo clinician at Bay Shore on Monday,
 * Wednesday and Friday and at Scottsdale on Tuesday and Thursday (09:00-17:00 local, lunch 12:00-13:00), and
 * appointments for some demo patients.
 */
@Component
class DemoSchedule {

    private final Locations locations;
    private final Clinicians clinicians;
    private final Availability availability;
    private final AppointmentTypes types;
    private final DemoAppointments appointments;

    DemoSchedule(Locations locations, Clinicians clinicians, Availability availability, AppointmentTypes types,
            DemoAppointments appointments) {
        this.locations = locations;
        this.clinicians = clinicians;
        this.availability = availability;
        this.types = types;
        this.appointments = appointments;
    }

    void openLocations() {
        locations.save(Location.open("Blue Point - Bay Shore", "120 Harbor Road, Suite 4, Bay Shore, NY 11706",
                "(631) 555-0142", ZoneId.of("America/New_York")));
        locations.save(Location.open("Blue Point - Scottsdale", "8800 E Desert Cove Ave, Scottsdale, AZ 85260",
                "(480) 555-0117", ZoneId.of("America/Phoenix")));
    }

    UUID openClinician(UUID userId, String name) {
        var all = types.findAll().stream().map(t -> t.id()).collect(Collectors.toSet());
        var clinician = clinicians.save(Clinician.of(userId, name, all));
        var byName = locations.findAll().stream().collect(Collectors.toMap(Location::name, Location::id));
        var bayShore = byName.get("Blue Point - Bay Shore");
        var scottsdale = byName.get("Blue Point - Scottsdale");
        for (var day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            var where = day == DayOfWeek.TUESDAY || day == DayOfWeek.THURSDAY ? scottsdale : bayShore;
            availability.addHours(ClinicianId.of(clinician.id()), LocationId.of(where), day, LocalTime.of(9, 0), LocalTime.of(17, 0));
            availability.addBreak(ClinicianId.of(clinician.id()), day, LocalTime.NOON, LocalTime.of(13, 0));
        }
        return clinician.id();
    }

    int book(CurrentUser loader, UUID clinicianId, List<UUID> patients, LocalDate today) {
        int booked = appointments.book(loader, clinicianId, patients, today);
        if (!patients.isEmpty()) {
            appointments.waitlist(loader, patients, today);
        }
        return booked;
    }
}
