package org.tpiclinic.patients;

import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tpiclinic.shared.ConflictException;
import org.tpiclinic.shared.NotFoundException;

/** Storage of a record's voidable entries (allergies, medications, conditions) and the MRN sequence. */
@Component
public class PatientEntries {

    /** The kinds of entry that can be voided. */
    public enum Kind {
        ALLERGY("allergy"), MEDICATION("medication"), CONDITION("condition");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final Allergies allergies;
    private final Medications medications;
    private final Conditions conditions;
    private final JdbcClient jdbc;

    PatientEntries(Allergies allergies, Medications medications, Conditions conditions, JdbcClient jdbc) {
        this.allergies = allergies;
        this.medications = medications;
        this.conditions = conditions;
        this.jdbc = jdbc;
    }

    PatientChart chartOf(Patient patient) {
        return new PatientChart(patient, allergies.findByPatientIdOrderByRecordedAt(patient.id()),
                medications.findByPatientIdOrderByRecordedAt(patient.id()),
                conditions.findByPatientIdOrderByRecordedAt(patient.id()));
    }

    boolean lock(java.util.UUID patientId) {
        return jdbc.sql("SELECT id FROM patients WHERE id = ? FOR UPDATE").param(patientId).query(java.util.UUID.class)
                .optional().isPresent();
    }

    java.util.Optional<PatientContact> contact(java.util.UUID patientId) {
        return jdbc.sql("SELECT given_name, family_name, email FROM patients WHERE id = ?").param(patientId)
                .query((rs, n) -> new PatientContact(patientId, rs.getString("given_name") + " "
                        + rs.getString("family_name"), rs.getString("email")))
                .optional();
    }

    /** True when the chart was merged into another ({@link DuplicateCharts}). */
    boolean mergedAway(java.util.UUID patientId) {
        return jdbc.sql("SELECT COUNT(*) FROM patient_merges WHERE merged_id = ?").param(patientId)
                .query(Long.class).single() > 0;
    }

    long nextMrnNumber() {
        return jdbc.sql("SELECT nextval('patient_mrn_seq')").query(Long.class).single();
    }

    Allergy save(Allergy allergy) {
        return allergies.save(allergy);
    }

    Medication save(Medication medication) {
        return medications.save(medication);
    }

    Condition save(Condition condition) {
        return conditions.save(condition);
    }

    void voidEntry(Kind kind, UUID patientId, UUID entryId, Voiding voiding) {
        try {
            switch (kind) {
                case ALLERGY -> {
                    var entry = allergies.findById(entryId).filter(a -> a.patientId().equals(patientId))
                            .orElseThrow(() -> new NotFoundException("The allergy"));
                    entry.voidWith(voiding);
                    allergies.save(entry);
                }
                case MEDICATION -> {
                    var entry = medications.findById(entryId).filter(m -> m.patientId().equals(patientId))
                            .orElseThrow(() -> new NotFoundException("The medication"));
                    entry.voidWith(voiding);
                    medications.save(entry);
                }
                case CONDITION -> {
                    var entry = conditions.findById(entryId).filter(c -> c.patientId().equals(patientId))
                            .orElseThrow(() -> new NotFoundException("The condition"));
                    entry.voidWith(voiding);
                    conditions.save(entry);
                }
            }
        } catch (OptimisticLockingFailureException raced) {
            throw new ConflictException("Someone else changed this entry at the same moment. Reload the chart.");
        }
    }
}
