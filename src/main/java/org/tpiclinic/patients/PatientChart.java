package org.tpiclinic.patients;

import java.time.LocalDate;
import java.util.List;

/**
 * A patient's record as one read: the patient, and every allergy, medication and condition including voided
 * ones (shown as history).
 *
 * @param noKnownAllergies who affirmed that the patient has no known allergies, or {@code null}: "none recorded"
 */
public record PatientChart(Patient patient, List<Allergy> allergies, List<Medication> medications,
        List<Condition> conditions, AllergyAffirmation noKnownAllergies) {

    /** Whether the chart may say "no known allergies": affirmed, and no allergy recorded since. */
    public boolean noKnownAllergiesAffirmed() {
        return noKnownAllergies != null && activeAllergies().isEmpty();
    }

    public List<Allergy> activeAllergies() {
        return allergies.stream().filter(Allergy::active).toList();
    }

    public List<Medication> activeMedications() {
        return medications.stream().filter(Medication::active).toList();
    }

    public List<Condition> activeConditions() {
        return conditions.stream().filter(Condition::active).toList();
    }

    /** Whether an active medication raises bleeding risk (anticoagulant or antiplatelet). */
    public boolean onBloodThinner() {
        return activeMedications().stream().anyMatch(Medication::affectsBleeding);
    }

    /** Whether the weight is missing or older than {@code maxAgeDays} on {@code today}. */
    public boolean weightStale(LocalDate today, int maxAgeDays) {
        var measured = patient.weightMeasuredOn();
        return measured == null || measured.isBefore(today.minusDays(maxAgeDays));
    }
}
