package org.tpiclinic.patients;

/** Sex as recorded for clinical purposes (pregnancy screening, dose reasoning). */
public enum Sex {
    FEMALE, MALE, OTHER, UNKNOWN
}
