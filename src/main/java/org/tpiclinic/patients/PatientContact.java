package org.tpiclinic.patients;

import java.util.UUID;

/**
 * How to reach a patient by email: the name to greet them by and the address (null when none is on record).
 */
public record PatientContact(UUID patientId, String name, String email) {
}
