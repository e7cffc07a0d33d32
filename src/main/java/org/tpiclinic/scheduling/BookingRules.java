package org.tpiclinic.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tpiclinic.shared.NotFoundException;

/**
 * The checks a booking must pass before the overlap check: every id names something, the clinician offers the
 * type, the time is not past, and the appointment lies inside the clinician's hours at the location.
 */
@Component
class BookingRules {

    /** What the checks found, for the booking to use. */
    record Checked(AppointmentType type, Location location, Clinician clinician, Instant now) {
        ZoneId zone() {
            return location.zone();
        }
    }

    private final SetupCache setup;
    private final Clock clock;

    BookingRules(SetupCache setup, Clock clock) {
        this.setup = setup;
        this.clock = clock;
    }

    Checked check(UUID clinicianId, UUID locationId, UUID typeId, Instant start) {
        var current = setup.current();
        var type = current.type(typeId).orElseThrow(() -> new NotFoundException("The appointment type"));
        var location = current.location(locationId).orElseThrow(() -> new NotFoundException("The location"));
        var clinician = current.clinician(clinicianId).orElseThrow(() -> new NotFoundException("The clinician"));
        if (!clinician.offers(typeId)) {
            throw new IllegalArgumentException(clinician.name() + " does not offer " + type.name() + ".");
        }
        Instant now = clock.instant();
        if (start.isBefore(now)) {
            throw new IllegalArgumentException("That time has already passed. Choose a time from now on.");
        }
        if (start.isAfter(now.plus(java.time.Duration.ofDays(SlotSearch.FRONT_DESK_HORIZON_DAYS)))) {
            throw new IllegalArgumentException("Book at most a year ahead.");
        }
        LocalDate day = LocalDate.ofInstant(start, location.zone());
        var schedule = current.hours(clinicianId, day);
        if (!SlotFinder.withinHours(schedule, locationId, location.zone(), start, start.plus(type.duration()))) {
            throw new IllegalArgumentException("That time is outside " + clinician.name() + "'s hours at "
                    + location.name() + ". Choose one of the free slots.");
        }
        return new Checked(type, location, clinician, now);
    }
}
