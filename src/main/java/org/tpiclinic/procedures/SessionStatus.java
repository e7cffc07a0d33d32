package org.tpiclinic.procedures;

/** A session is a draft until a clinician signs it; a signed session is locked and only takes addenda. */
public enum SessionStatus {
    DRAFT, SIGNED
}
