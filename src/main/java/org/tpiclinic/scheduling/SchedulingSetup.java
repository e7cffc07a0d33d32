package org.tpiclinic.scheduling;

import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tpiclinic.shared.NotFoundException;

/**
 * Setting up the practice (admin): locations, the appointment types each clinician offers, and the booking rules
 * of each type. Hours, breaks and exceptions are changed through {@link Availability}. Rules are checked by the
 * aggregates; a refused change throws {@link IllegalArgumentException} and changes nothing. Changes never move
 * or cancel appointments already booked.
 */
@Service
@Transactional
public class SchedulingSetup {

    private final Locations locations;
    private final Clinicians clinicians;
    private final AppointmentTypes types;

    SchedulingSetup(Locations locations, Clinicians clinicians, AppointmentTypes types) {
        this.locations = locations;
        this.clinicians = clinicians;
        this.types = types;
    }

    public Location openLocation(String name, String address, String phone, ZoneId zone) {
        return locations.save(Location.open(name, address, phone, zone));
    }

    public Location changeLocation(UUID locationId, String name, String address, String phone, ZoneId zone) {
        var location = locations.findById(locationId).orElseThrow(() -> new NotFoundException("The location"));
        location.change(name, address, phone, zone);
        return locations.save(location);
    }

    /** Replaces the appointment types the clinician offers; every id must name an existing type. */
    public Clinician offer(UUID clinicianId, Set<UUID> typeIds) {
        var clinician = clinicians.findById(clinicianId).orElseThrow(() -> new NotFoundException("The clinician"));
        if (typeIds.stream().anyMatch(id -> !types.existsById(id))) {
            throw new IllegalArgumentException("Choose appointment types from the list");
        }
        clinician.offer(typeIds);
        return clinicians.save(clinician);
    }

    public AppointmentType changeRules(UUID typeId, AppointmentType.Rules rules) {
        var type = types.findById(typeId).orElseThrow(() -> new NotFoundException("The appointment type"));
        type.change(rules);
        return types.save(type);
    }
}
