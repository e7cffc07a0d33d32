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

/**
 * Builds a small practice for the tests of scheduling and of the modules on top of it (booking, waitlist): a
 * location, a clinician open 08:00-18:00 every day, patients. Import it into a test with
 * {@code @Import(SchedulingFixture.class)}.
 */
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
        return practice("Test", ZONE, Set.of(NEW_PATIENT, FOLLOW_UP, TPI));
    }

    /**
     * A practice of its own: a location "{@code name} …" at 1 Main St in {@code zone}, and "Dr. {@code name}" who
     * sees the appointment types {@code types} there every day from 08:00 to 18:00.
     */
    public Practice practice(String name, ZoneId zone, Set<UUID> types) {
        var location = locations.save(Location.open(name + " " + UUID.randomUUID(), "1 Main St", "(631) 555-0100", zone));
        return new Practice(location.id(), clinicianAt(location.id(), name, types));
    }

    /** "Dr. {@code name}", seeing {@code types} at {@code locationId} every day from 08:00 to 18:00. */
    public UUID clinicianAt(UUID locationId, String name, Set<UUID> types) {
        var clinician = clinicians.save(Clinician.of(UUID.randomUUID(), "Dr. " + name, types));
        for (var day : DayOfWeek.values()) {
            availability.addHours(ClinicianId.of(clinician.id()), LocationId.of(locationId), day, LocalTime.of(8, 0),
                    LocalTime.of(18, 0));
        }
        return clinician.id();
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
        return at(ZONE, days, time);
    }

    /** {@code days} from today at local {@code time} in {@code zone}. */
    public Instant at(ZoneId zone, int days, LocalTime time) {
        return LocalDate.now(clock.withZone(zone)).plusDays(days).atTime(time).atZone(zone).toInstant();
    }

    public static String key() {
        return UUID.randomUUID().toString();
    }
}
