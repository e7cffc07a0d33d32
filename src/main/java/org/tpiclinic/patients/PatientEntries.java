package org.tpiclinic.patients;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Optional;
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
    private final SubstanceCatalog catalog;

    PatientEntries(Allergies allergies, Medications medications, Conditions conditions, JdbcClient jdbc,
            SubstanceCatalog catalog) {
        this.allergies = allergies;
        this.medications = medications;
        this.conditions = conditions;
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    PatientChart chartOf(Patient patient) {
        return new PatientChart(patient, allergies.findByPatientIdOrderByRecordedAt(patient.id()),
                medications.findByPatientIdOrderByRecordedAt(patient.id()),
                conditions.findByPatientIdOrderByRecordedAt(patient.id()), affirmation(patient.id()));
    }

    private AllergyAffirmation affirmation(UUID patientId) {
        return jdbc.sql("SELECT affirmed_at, affirmed_by FROM allergy_affirmations WHERE patient_id = ?")
                .param(patientId)
                .query((rs, n) -> new AllergyAffirmation(
                        rs.getObject("affirmed_at", OffsetDateTime.class).toInstant(),
                        rs.getString("affirmed_by")))
                .optional().orElse(null);
    }

    void affirmNoKnownAllergies(UUID patientId, AllergyAffirmation affirmation) {
        withdrawAffirmation(patientId);
        jdbc.sql("INSERT INTO allergy_affirmations (patient_id, affirmed_at, affirmed_by) VALUES (?, ?, ?)")
                .params(patientId, affirmation.at().atOffset(ZoneOffset.UTC), affirmation.by()).update();
    }

    void withdrawAffirmation(UUID patientId) {
        jdbc.sql("DELETE FROM allergy_affirmations WHERE patient_id = ?").param(patientId).update();
    }

    boolean hasActiveAllergy(UUID patientId) {
        return allergies.findByPatientIdOrderByRecordedAt(patientId).stream().anyMatch(Allergy::active);
    }

    /**
     * Whether a screening rule can block on the entry, so only a clinician may void it: every allergy (even one
     * of unknown class may be what a rule stops on), every condition (each is read by a rule), and a medication
     * that affects bleeding or is a steroid, by its recorded class or by the catalogue's.
     */
    boolean rulesDependOn(Kind kind, UUID patientId, UUID entryId) {
        return switch (kind) {
            case ALLERGY, CONDITION -> true;
            case MEDICATION -> {
                var entry = medications.findById(entryId).filter(m -> m.patientId().equals(patientId))
                        .orElseThrow(() -> new NotFoundException("The medication"));
                var classes = new ArrayList<DrugClass>(catalog.matchAll(entry.name()).stream()
                        .map(m -> m.entry().drugClass()).toList());
                classes.add(entry.drugClass());
                yield classes.stream().anyMatch(c -> c.affectsBleeding() || c == DrugClass.CORTICOSTEROID);
            }
        };
    }

    boolean lock(UUID patientId) {
        return jdbc.sql("SELECT id FROM patients WHERE id = ? FOR UPDATE").param(patientId).query(UUID.class)
                .optional().isPresent();
    }

    Optional<PatientContact> contact(UUID patientId) {
        return jdbc.sql("SELECT given_name, family_name, email FROM patients WHERE id = ?").param(patientId)
                .query((rs, n) -> new PatientContact(patientId, rs.getString("given_name") + " "
                        + rs.getString("family_name"), rs.getString("email")))
                .optional();
    }

    /** True when the chart was merged into another ({@link DuplicateCharts}). */
    boolean mergedAway(UUID patientId) {
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
