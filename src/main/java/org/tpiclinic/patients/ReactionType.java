package org.tpiclinic.patients;

/** What happened. The type matters: many reported "caine allergies" were vagal reactions (reference §1.3). */
public enum ReactionType {
    ANAPHYLAXIS, HIVES_OR_RASH, SWELLING, BREATHING_DIFFICULTY, FAINTING_OR_VAGAL, OTHER, UNKNOWN
}
