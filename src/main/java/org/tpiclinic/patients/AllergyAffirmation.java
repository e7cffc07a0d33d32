package org.tpiclinic.patients;

import java.time.Instant;

/**
 * Someone affirmed, with the patient, that the patient has no known allergies. Without it a chart with no
 * allergy only says that none is recorded; adding an allergy withdraws it.
 */
public record AllergyAffirmation(Instant at, String by) {
}
