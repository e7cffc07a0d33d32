package org.tpiclinic.patients;

/** The class of a medication, as far as TPI screening cares. */
public enum DrugClass {
    ANTICOAGULANT, ANTIPLATELET, NSAID, CORTICOSTEROID, OTHER;

    /**
     * Anticoagulants and antiplatelets raise bleeding risk at the needle site (reference §1.2); screening also
     * asks about NSAIDs such as ibuprofen with the blood thinners (sw.org, reference §1.3), so they count here.
     */
    public boolean affectsBleeding() {
        return this == ANTICOAGULANT || this == ANTIPLATELET || this == NSAID;
    }
}
