package org.tpiclinic.screening.intake;

import org.tpiclinic.patients.AllergyClass;
import org.tpiclinic.patients.DrugClass;

/** Allergies and medications as a patient lists them on the intake. */
public final class Reported {

    private Reported() {
    }

    /** An allergy as listed: the substance and, if known, its class. */
    public record Allergy(String substance, AllergyClass allergyClass) {
    }

    /** A medication as listed, with its class (blood thinners are flagged). */
    public record Medication(String name, DrugClass drugClass) {

        public boolean affectsBleeding() {
            return drugClass != null && drugClass.affectsBleeding();
        }
    }
}
