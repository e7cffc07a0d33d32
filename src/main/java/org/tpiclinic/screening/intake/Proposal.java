package org.tpiclinic.screening.intake;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.tpiclinic.patients.AllergyClass;
import org.tpiclinic.patients.ConditionKind;
import org.tpiclinic.patients.DrugClass;

/**
 * An intake answer that would change the medical record (an allergy, a medication, a condition or the weight).
 * It reaches the record only when staff accept it.
 */
@org.springframework.data.relational.core.mapping.Table("intake_proposals")
public record Proposal(UUID proposalId, Kind kind, String label, AllergyClass allergyClass, DrugClass drugClass,
        ConditionKind conditionKind, BigDecimal weightKg, LocalDate weightMeasuredOn, boolean patientReported,
        Status status, String decidedBy, Instant decidedAt) {

    /** What part of the record a proposal would change. */
    public enum Kind { ALLERGY, MEDICATION, CONDITION, WEIGHT }

    /** Whether staff have accepted it into the record yet. */
    public enum Status { PENDING, ACCEPTED }

    static Proposal allergy(String substance, AllergyClass cls, boolean byPatient) {
        return new Proposal(UUID.randomUUID(), Kind.ALLERGY, substance.trim(), cls, null, null, null, null,
                byPatient, Status.PENDING, null, null);
    }

    static Proposal medication(String name, DrugClass cls, boolean byPatient) {
        return new Proposal(UUID.randomUUID(), Kind.MEDICATION, name.trim(), null, cls, null, null, null, byPatient,
                Status.PENDING, null, null);
    }

    static Proposal condition(ConditionKind kind, boolean byPatient) {
        return new Proposal(UUID.randomUUID(), Kind.CONDITION, kind.name(), null, null, kind, null, null, byPatient,
                Status.PENDING, null, null);
    }

    static Proposal weight(BigDecimal kg, LocalDate on, boolean byPatient) {
        return new Proposal(UUID.randomUUID(), Kind.WEIGHT, kg.toPlainString(), null, null, null, kg, on, byPatient,
                Status.PENDING, null, null);
    }

    Proposal accepted(String by, Instant at) {
        return new Proposal(proposalId, kind, label, allergyClass, drugClass, conditionKind, weightKg,
                weightMeasuredOn, patientReported, Status.ACCEPTED, by, at);
    }

    public boolean pending() {
        return status == Status.PENDING;
    }

    /** Two proposals say the same thing (ignoring case, status and who made them). */
    boolean sameAs(Proposal other) {
        return kind == other.kind && label.equalsIgnoreCase(other.label)
                && java.util.Objects.equals(weightMeasuredOn, other.weightMeasuredOn);
    }
}
