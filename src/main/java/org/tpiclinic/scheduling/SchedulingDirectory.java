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
    private final SetupCache setup;

    SchedulingDirectory(Clinicians clinicians, Locations locations, AppointmentTypes types, SetupCache setup) {
        this.clinicians = clinicians;
        this.locations = locations;
        this.types = types;
        this.setup = setup;
    }

    /** From the set-up in memory (as of the database's revision): read it, never change it. */
    public Clinician clinician(UUID id) {
        return setup.current().clinician(id).orElseThrow(() -> new NotFoundException("The clinician"));
    }

    /** From the set-up in memory (as of the database's revision): read it, never change it. */
    public Location location(UUID id) {
        return setup.current().location(id).orElseThrow(() -> new NotFoundException("The location"));
    }

    /** From the set-up in memory (as of the database's revision): read it, never change it. */
    public AppointmentType type(UUID id) {
        return setup.current().type(id).orElseThrow(() -> new NotFoundException("The appointment type"));
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
