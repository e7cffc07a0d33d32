/**
 * Patients: the registry of the practice's patients and the parts of their record that TPI care depends on:
 * demographics and contact, weight in kilograms with the date it was measured (dose limits depend on it),
 * allergies with their class (amide, ester, paraben, sulfite, latex), medications flagged when they affect
 * bleeding, and conditions that matter before a needle goes in.
 * <p>
 * API: {@link org.tpiclinic.patients.PatientRegistry}. Every call takes the acting
 * {@link org.tpiclinic.identity.CurrentUser}: staff reach every patient, a patient only their own record, and every
 * read and change is audited in the same transaction. Clinical entries are never deleted, only voided with a
 * reason, the actor and the time; only a clinician voids an entry a screening rule can block on (an allergy, a
 * condition, a blood thinner or steroid). "No known allergies" is a claim someone affirmed
 * ({@link org.tpiclinic.patients.AllergyAffirmation}), not the absence of entries.
 * <p>
 * {@link org.tpiclinic.patients.SubstanceCatalog} is the one substance catalogue of the application (data with
 * sources, brand names and spellings); every module reads free text about medicines and allergens through it.
 * {@link org.tpiclinic.patients.AnswersAwaitingReview} lets a module that collects answers about the record (the
 * intake) show them on the chart without this module depending on it.
 */
@ApplicationModule(allowedDependencies = { "shared", "identity", "audit" })
@NullMarked
package org.tpiclinic.patients;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
