package org.tpiclinic.patients;

/** Conditions that change whether or how a trigger point injection is done (reference §1.2 and §1.3). */
public enum ConditionKind {
    BLEEDING_DISORDER, DIABETES, PREGNANCY, IMMUNOSUPPRESSION, NEEDLE_FEAR_OR_FAINTING
}
