package org.tpiclinic.screening.rules;

import org.tpiclinic.patients.AllergyClass;

/**
 * An allergy screening knows of: on the record, or reported by the patient and not yet accepted.
 *
 * @param allergyClass its class, or {@code null} when nobody knows it yet (not in the substance catalogue and not
 *                     mapped by a clinician): such an allergy can never make an allergy rule pass
 */
public record KnownAllergy(String substance, AllergyClass allergyClass, boolean patientReported) {

    public boolean classified() {
        return allergyClass != null;
    }
}
