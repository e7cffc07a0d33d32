package org.tpiclinic.procedures.formulary;

/**
 * The chemical class of a local anesthetic (an allergy to one class does not cross to the other), or
 * {@link #NONE} for an agent that is not a local anesthetic (steroid, saline).
 */
public enum AgentClass {
    AMIDE, ESTER, NONE;

    public boolean isLocalAnesthetic() {
        return this != NONE;
    }
}
