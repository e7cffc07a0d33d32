package org.tpiclinic.patients;

import java.util.List;

/**
 * The answer to a registration: the new patient, or (when not yet confirmed) the existing patients with the
 * same name and date of birth, so staff can check it is not the same person before registering again.
 */
public record Registration(Patient registered, List<Patient> possibleDuplicates) {

    public boolean done() {
        return registered != null;
    }
}
