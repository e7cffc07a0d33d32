package org.tpiclinic.screening.rules;

import org.tpiclinic.patients.AllergyClass;

/** An allergy screening knows of: on the record, or reported by the patient and not yet accepted. */
public record KnownAllergy(String substance, AllergyClass allergyClass, boolean patientReported) {
}
