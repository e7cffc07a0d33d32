package org.tpiclinic.patients;

/** How bad a reaction was. */
public enum Severity {
    MILD, MODERATE, SEVERE, UNKNOWN
}
