package org.tpiclinic.patients;

/**
 * The class of an allergen, which decides which injectates are safe. True amide allergy is rare; ester allergy
 * comes from PABA; paraben is a preservative in multi-dose vials; sulfite comes with epinephrine-containing
 * products (clinical reference §2.4); a corticosteroid allergy matters when a steroid is added to the injection.
 * {@link #OTHER} is a known substance no screening rule depends on.
 */
public enum AllergyClass {
    AMIDE, ESTER, PARABEN, SULFITE, LATEX, CORTICOSTEROID, OTHER
}
