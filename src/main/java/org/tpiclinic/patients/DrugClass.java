package org.tpiclinic.patients;

/** The class of a medication, as far as TPI screening cares. */
public enum DrugClass {
    ANTICOAGULANT, ANTIPLATELET, NSAID, CORTICOSTEROID, OTHER;

    /** Anticoagulants and antiplatelets raise bleeding risk at the needle site (reference §1.2). */
    public boolean affectsBleeding() {
        return this == ANTICOAGULANT || this == ANTIPLATELET;
    }
}
