package org.tpiclinic.procedures;

/** How the patient tolerated the procedure, as the clinician judged it at the chair. */
public enum Tolerance {
    WELL, FAIR, POORLY
}
