package org.tpiclinic.scheduling;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tpiclinic.shared.NotFoundException;

/** Looks up clinicians, locations and appointment types by id (404 when missing), and lists them. */
@Service
@Transactional(readOnly = true)
public class SchedulingDirectory {

    private final Clinicians clinicians;
    private final Locations locations;
    private final AppointmentTypes types;

    SchedulingDirectory(Clinicians clinicians, Locations locations, AppointmentTypes types) {
        this.clinicians = clinicians;
        this.locations = locations;
        this.types = types;
    }

    public Clinician clinician(UUID id) {
        return clinicians.findById(id).orElseThrow(() -> new NotFoundException("The clinician"));
    }

    public Location location(UUID id) {
        return locations.findById(id).orElseThrow(() -> new NotFoundException("The location"));
    }

    public AppointmentType type(UUID id) {
        return types.findById(id).orElseThrow(() -> new NotFoundException("The appointment type"));
    }

    public List<Clinician> clinicians() {
        return clinicians.findAllByOrderByName();
    }

    public List<Location> locations() {
        return locations.findAll().stream().sorted(java.util.Comparator.comparing(Location::name)).toList();
    }

    public List<AppointmentType> types() {
        return types.findAllByOrderByName();
    }
}
