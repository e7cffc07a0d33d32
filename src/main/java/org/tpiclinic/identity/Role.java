package org.tpiclinic.identity;

/** What a user does in the practice; decides what they may see and change. */
public enum Role {
    PATIENT, FRONT_DESK, CLINICIAN, BILLING, ADMIN;

    /** Staff reach every patient of the practice; a patient reaches only their own record. */
    public boolean isStaff() {
        return this != PATIENT;
    }

    /** Staff who may register patients and change their record (billing only reads). */
    public boolean maySeeAndEditRecords() {
        return this == FRONT_DESK || this == CLINICIAN || this == ADMIN;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
