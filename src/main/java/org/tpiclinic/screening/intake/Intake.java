package org.tpiclinic.screening.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.tpiclinic.patients.AllergyClass;
import org.tpiclinic.patients.ConditionKind;
import org.tpiclinic.patients.DrugClass;
import org.tpiclinic.screening.Answer;
import org.tpiclinic.shared.ConflictException;
import org.tpiclinic.shared.NotFoundException;
import org.tpiclinic.shared.FieldRefused;

/**
 * A patient's intake questionnaire, saved one section at a time so it can be finished later. Answers that
 * would change the medical record become {@link Proposal}s; once staff accept one, the answer it came from can
 * no longer be changed here (the chart is the place to correct it).
 */
@Table("intakes")
public class Intake {

    @Id
    private final UUID id;
    @Version
    private Long version;
    private final UUID patientId;
    @Embedded.Nullable
    private VisitAnswers visit;
    @Embedded.Nullable(prefix = "visit_")
    private Stamp visitStamp;
    @Embedded.Nullable
    private CareAnswers care;
    @Embedded.Nullable(prefix = "care_")
    private Stamp careStamp;
    @Embedded.Nullable
    private SafetyAnswers safety;
    @Embedded.Nullable(prefix = "safety_")
    private Stamp safetyStamp;
    @MappedCollection(idColumn = "intake_id")
    private Set<Proposal> proposals = new HashSet<>();

    @PersistenceCreator
    Intake(UUID id, Long version, UUID patientId) {
        this.id = id;
        this.version = version;
        this.patientId = patientId;
    }

    static Intake start(UUID patientId) {
        return new Intake(UUID.randomUUID(), null, patientId);
    }

    void saveVisit(VisitAnswers answers, Stamp stamp, LocalDate today) {
        answers.check(today);
        visit = answers;
        visitStamp = stamp;
    }

    void saveCare(CareAnswers answers, Stamp stamp, LocalDate today) {
        answers.check(today);
        care = answers;
        careStamp = stamp;
    }

    void saveSafety(SafetyAnswers answers, List<Reported.Allergy> allergies, List<Reported.Medication> medications,
            Stamp stamp, LocalDate today) {
        answers.check(today, !allergies.isEmpty(), medications.stream().anyMatch(Reported.Medication::affectsBleeding));
        boolean byPatient = Boolean.TRUE.equals(stamp.patientReported());
        var fresh = new ArrayList<Proposal>();
        allergies.forEach(a -> fresh.add(Proposal.allergy(a, byPatient)));
        if (answers.noAllergies().yes()) {
            fresh.add(Proposal.noAllergies(byPatient));
        }
        medications.stream().filter(m -> !m.fromFreeText())
                .forEach(m -> fresh.add(Proposal.medication(m.name(), m.drugClass(), byPatient)));
        addCondition(fresh, answers.bleedingProblems(), ConditionKind.BLEEDING_DISORDER, byPatient);
        addCondition(fresh, answers.diabetes(), ConditionKind.DIABETES, byPatient);
        addCondition(fresh, answers.pregnant(), ConditionKind.PREGNANCY, byPatient);
        addCondition(fresh, answers.needleFear(), ConditionKind.NEEDLE_FEAR_OR_FAINTING, byPatient);
        addCondition(fresh, answers.immunosuppressed(), ConditionKind.IMMUNOSUPPRESSION, byPatient);
        if (answers.weightKg() != null) {
            fresh.add(Proposal.weight(answers.weightKg(), answers.weightMeasuredOn(), byPatient));
        }
        // An accepted "no allergies" may be withdrawn by listing an allergy: the new allergy then waits for review.
        var accepted = proposals.stream().filter(p -> !p.pending())
                .filter(p -> p.kind() != Proposal.Kind.NO_ALLERGIES || fresh.stream().anyMatch(p::sameAs)).toList();
        for (var done : accepted) {
            if (fresh.stream().noneMatch(done::sameAs)) {
                throw new FieldRefused("accepted", "intake.error.acceptedChanged",
                        "\"" + done.label() + "\" is already in the medical record; ask the clinic to change it there");
            }
        }
        var next = new HashSet<>(accepted);
        fresh.stream().filter(p -> accepted.stream().noneMatch(p::sameAs)).forEach(next::add);
        safety = answers;
        safetyStamp = stamp;
        proposals = next;
    }

    private static void addCondition(List<Proposal> into, Answer answer, ConditionKind kind, boolean byPatient) {
        if (answer.yes()) {
            into.add(Proposal.condition(kind, byPatient));
        }
    }

    /**
     * Marks one pending proposal accepted and returns it, for the caller to write into the record. An allergy or
     * medication without a class needs the class a clinician mapped it to.
     */
    Proposal accept(UUID proposalId, String by, Instant at, AllergyClass mappedAllergy, DrugClass mappedDrug) {
        var proposal = proposal(proposalId);
        if (!proposal.pending()) {
            throw new ConflictException("This answer was already accepted into the record.");
        }
        var accepted = proposal.accepted(by, at, mappedAllergy, mappedDrug);
        if (accepted.unclassified()) {
            throw new FieldRefused("class-" + proposalId, "intake.error.mapClass",
                    "The substance catalogue does not know \"" + proposal.label() + "\": choose its class first");
        }
        proposals.remove(proposal);
        proposals.add(accepted);
        return accepted;
    }

    Proposal proposal(UUID proposalId) {
        return proposals.stream().filter(p -> p.proposalId().equals(proposalId)).findFirst()
                .orElseThrow(() -> new NotFoundException("The intake answer"));
    }

    /** The answers still waiting for staff to take them into the record. */
    public List<Proposal> awaitingReview() {
        return proposals().stream().filter(Proposal::pending).toList();
    }

    /** How many of the three sections are saved. */
    public int sectionsSaved() {
        return (visit == null ? 0 : 1) + (care == null ? 0 : 1) + (safety == null ? 0 : 1);
    }

    public boolean complete() {
        return visit != null && care != null && safety != null;
    }

    public List<Proposal> proposals() {
        return proposals.stream().sorted(Comparator.comparing(Proposal::kind).thenComparing(Proposal::label)).toList();
    }

    public List<Proposal> pendingAllergies() {
        return proposals().stream().filter(p -> p.pending() && p.kind() == Proposal.Kind.ALLERGY).toList();
    }

    public UUID id() { return id; }
    public Long version() { return version; }
    public UUID patientId() { return patientId; }
    public VisitAnswers visit() { return visit; }
    public Stamp visitStamp() { return visitStamp; }
    public CareAnswers care() { return care; }
    public Stamp careStamp() { return careStamp; }
    public SafetyAnswers safety() { return safety; }
    public Stamp safetyStamp() { return safetyStamp; }
}
