package org.tpiclinic.scheduling;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.patients.PatientDetails;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.patients.Sex;
import org.tpiclinic.shared.ClinicianId;
import org.tpiclinic.shared.LocationId;

/** Builds a small practice for scheduling tests: a location, a clinician open 08:00-18:00 daily, patients. */

public class SchedulingFixture {

    public static final CurrentUser DESK = new CurrentUser(UUID.randomUUID(), "desk", "Desk", Role.FRONT_DESK, null);
    public static final UUID NEW_PATIENT = UUID.fromString("6f1d3c3e-0001-4c5e-9a61-3a1f00000001");
    public static final UUID FOLLOW_UP = UUID.fromString("6f1d3c3e-0004-4c5e-9a61-3a1f00000004");
    public static final UUID TPI = UUID.fromString("6f1d3c3e-0002-4c5e-9a61-3a1f00000002");
    public static final ZoneId ZONE = ZoneId.of("America/New_York");

    private final Locations locations;
    private final Clinicians clinicians;
    private final Availability availability;
    private final PatientRegistry patients;
    private final Clock clock;

    SchedulingFixture(Locations locations, Clinicians clinicians, Availability availability,
            PatientRegistry patients, Clock clock) {
        this.locations = locations;
        this.clinicians = clinicians;
        this.availability = availability;
        this.patients = patients;
        this.clock = clock;
    }

    public record Practice(UUID locationId, UUID clinicianId) {
    }

    public Practice practice() {
        var location = locations.save(Location.open("Test " + UUID.randomUUID(), "1 Main St", "(631) 555-0100", ZONE));
        var clinician = clinicians.save(Clinician.of(UUID.randomUUID(), "Dr. Test", Set.of(NEW_PATIENT, FOLLOW_UP, TPI)));
        for (var day : DayOfWeek.values()) {
            availability.addHours(ClinicianId.of(clinician.id()), LocationId.of(location.id()), day, LocalTime.of(8, 0), LocalTime.of(18, 0));
        }
        return new Practice(location.id(), clinician.id());
    }

    /** A location where nobody has hours. */
    public UUID emptyLocation(ZoneId zone) {
        return locations.save(Location.open("Empty " + UUID.randomUUID(), "2 Main St", "(631) 555-0101", zone)).id();
    }

    public UUID patient(String family) {
        return patient(family, null);
    }

    public UUID patient(String family, String email) {
        var details = new PatientDetails("Pat", family, null, LocalDate.of(1980, 1, 1), Sex.FEMALE, null, email, null,
                null, null, null, "English", null, null);
        return patients.register(CurrentUser.system("test"), details, true).registered().id();
    }

    /** {@code days} from today at local {@code time} in the test zone. */
    public Instant at(int days, LocalTime time) {
        return LocalDate.now(clock.withZone(ZONE)).plusDays(days).atTime(time).atZone(ZONE).toInstant();
    }

    public static String key() {
        return UUID.randomUUID().toString();
    }
}
