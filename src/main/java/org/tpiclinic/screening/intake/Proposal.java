package org.tpiclinic.screening.intake;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;
import org.tpiclinic.patients.AllergyClass;
import org.tpiclinic.patients.ConditionKind;
import org.tpiclinic.patients.DrugClass;
import org.tpiclinic.patients.ReactionType;
import org.tpiclinic.patients.Severity;

/**
 * An intake answer that would change the medical record (an allergy, a medication, a condition or the weight).
 * It reaches the record only when staff accept it. An allergy or medication the substance catalogue did not
 * recognise has no class ({@code null}) until a clinician maps it on accepting.
 *
 * @param reactionType what happened, for an allergy ({@code null}: not said)
 * @param severity     how bad it was, for an allergy ({@code null}: not said)
 */
@Table("intake_proposals")
public record Proposal(UUID proposalId, Kind kind, String label, AllergyClass allergyClass, DrugClass drugClass,
        ConditionKind conditionKind, BigDecimal weightKg, LocalDate weightMeasuredOn, boolean patientReported,
        Status status, String decidedBy, Instant decidedAt, ReactionType reactionType, Severity severity) {

    /**
     * What part of the record a proposal would change; {@code NO_ALLERGIES} is the patient saying they have none,
     * which becomes the chart's affirmed "no known allergies" only when staff accept it.
     */
    public enum Kind { ALLERGY, MEDICATION, CONDITION, WEIGHT, NO_ALLERGIES }

    /** Whether staff have accepted it into the record yet. */
    public enum Status { PENDING, ACCEPTED }

    static Proposal allergy(Reported.Allergy a, boolean byPatient) {
        return new Proposal(UUID.randomUUID(), Kind.ALLERGY, a.substance().trim(), a.allergyClass(), null, null,
                null, null, byPatient, Status.PENDING, null, null, a.reaction(), a.severity());
    }

    static Proposal medication(String name, DrugClass cls, boolean byPatient) {
        return new Proposal(UUID.randomUUID(), Kind.MEDICATION, name.trim(), null, cls, null, null, null, byPatient,
                Status.PENDING, null, null, null, null);
    }

    static Proposal condition(ConditionKind kind, boolean byPatient) {
        return new Proposal(UUID.randomUUID(), Kind.CONDITION, kind.name(), null, null, kind, null, null, byPatient,
                Status.PENDING, null, null, null, null);
    }

    static Proposal noAllergies(boolean byPatient) {
        return new Proposal(UUID.randomUUID(), Kind.NO_ALLERGIES, "none", null, null, null, null, null, byPatient,
                Status.PENDING, null, null, null, null);
    }

    static Proposal weight(BigDecimal kg, LocalDate on, boolean byPatient) {
        return new Proposal(UUID.randomUUID(), Kind.WEIGHT, kg.toPlainString(), null, null, null, kg, on, byPatient,
                Status.PENDING, null, null, null, null);
    }

    /** Accepted, with the class a clinician mapped it to ({@code null}: the class it has). */
    Proposal accepted(String by, Instant at, AllergyClass mappedAllergy, DrugClass mappedDrug) {
        return new Proposal(proposalId, kind, label, mappedAllergy == null ? allergyClass : mappedAllergy,
                mappedDrug == null ? drugClass : mappedDrug, conditionKind, weightKg, weightMeasuredOn,
                patientReported, Status.ACCEPTED, by, at, reactionType, severity);
    }

    /** An allergy or medication nobody has classified yet: a clinician maps it before it reaches the record. */
    public boolean unclassified() {
        return (kind == Kind.ALLERGY && allergyClass == null) || (kind == Kind.MEDICATION && drugClass == null);
    }

    public boolean pending() {
        return status == Status.PENDING;
    }

    /** Two proposals say the same thing (ignoring case, status and who made them). */
    boolean sameAs(Proposal other) {
        return kind == other.kind && label.equalsIgnoreCase(other.label)
                && Objects.equals(weightMeasuredOn, other.weightMeasuredOn);
    }
}
