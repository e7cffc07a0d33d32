package org.tpiclinic.screening.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tpiclinic.audit.AuditAction;
import org.tpiclinic.audit.AuditLog;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.patients.AllergyClass;
import org.tpiclinic.patients.DrugClass;
import org.tpiclinic.patients.PatientChart;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.shared.ConflictException;
import org.tpiclinic.shared.ForbiddenException;
import org.tpiclinic.shared.NotFoundException;

/**
 * The intake questionnaire: a patient fills their own in the portal, staff fill it for any patient; billing
 * only reads. Each section saves on its own. Accepting a proposal writes it into the record through
 * {@link PatientRegistry}, one answer at a time. Every read and change is audited.
 */
@Service
@Transactional
public class IntakeQuestionnaire {

    private final Intakes intakes;
    private final PatientRegistry registry;
    private final ProposalWriter writer;
    private final AuditLog audit;
    private final Clock clock;

    IntakeQuestionnaire(Intakes intakes, PatientRegistry registry, ProposalWriter writer, AuditLog audit,
            Clock clock) {
        this.intakes = intakes;
        this.registry = registry;
        this.writer = writer;
        this.audit = audit;
        this.clock = clock;
    }

    /** The patient's chart and intake (a blank one if none was saved yet). */
    public record View(PatientChart chart, Intake intake) {
    }

    public View open(CurrentUser actor, UUID patientId) {
        var chart = registry.chart(actor, patientId);
        var intake = intakes.findByPatientId(patientId).orElseGet(() -> Intake.start(patientId));
        audit.record(actor, patientId, AuditAction.READ, "intake");
        return new View(chart, intake);
    }

    /** The saved intake, without audit: for screening, which audits its own read. */
    @Transactional(readOnly = true)
    public Optional<Intake> find(UUID patientId) {
        return intakes.findByPatientId(patientId);
    }

    public void saveVisit(CurrentUser actor, UUID patientId, VisitAnswers answers) {
        save(actor, patientId, "visit", i -> i.saveVisit(answers, stamp(actor), today()));
    }

    public void saveCare(CurrentUser actor, UUID patientId, CareAnswers answers) {
        save(actor, patientId, "care", i -> i.saveCare(answers, stamp(actor), today()));
    }

    public void saveSafety(CurrentUser actor, UUID patientId, SafetyAnswers answers, List<Reported.Allergy> allergies,
            List<Reported.Medication> medications) {
        save(actor, patientId, "safety", i -> i.saveSafety(answers, allergies, medications, stamp(actor), today()));
    }

    /** Accepts one answer into the medical record as it was classified; staff who edit records only. */
    public Proposal accept(CurrentUser actor, UUID patientId, UUID proposalId) {
        return accept(actor, patientId, proposalId, null, null);
    }

    /**
     * Accepts one answer into the medical record; staff who edit records only. Giving an allergy or medication a
     * class (mapping one the substance catalogue did not know, or correcting one) is a clinician's decision.
     *
     * @param mappedAllergy the class a clinician gives an allergy, or {@code null} to keep its class
     * @param mappedDrug    the class a clinician gives a medication, or {@code null} to keep its class
     */
    public Proposal accept(CurrentUser actor, UUID patientId, UUID proposalId, AllergyClass mappedAllergy,
            DrugClass mappedDrug) {
        if (!actor.mayEditRecords()) {
            deny(actor, patientId, "intake answer");
        }
        var intake = intakes.findByPatientId(patientId).orElseThrow(() -> new NotFoundException("The intake"));
        var current = intake.proposal(proposalId);
        boolean reclassifies = (mappedAllergy != null && mappedAllergy != current.allergyClass())
                || (mappedDrug != null && mappedDrug != current.drugClass());
        if (reclassifies && actor.role() != Role.CLINICIAN) {
            deny(actor, patientId, "intake answer class");
        }
        var proposal = intake.accept(proposalId, actor.username(), clock.instant(), mappedAllergy, mappedDrug);
        writer.write(actor, patientId, proposal);
        store(intake);
        audit.record(actor, patientId, AuditAction.UPDATE,
                "intake answer accepted: " + proposal.kind() + " " + proposal.label());
        return proposal;
    }

    private void save(CurrentUser actor, UUID patientId, String section, Consumer<Intake> change) {
        boolean ownRecord = actor.patientId() != null && actor.patientId().equals(patientId);
        if (!(ownRecord || actor.mayEditRecords())) {
            deny(actor, patientId, "intake " + section);
        }
        var intake = intakes.findByPatientId(patientId).orElseGet(() -> {
            registry.chart(actor, patientId); // 404 for an unknown patient, before anything is stored
            return Intake.start(patientId);
        });
        change.accept(intake);
        store(intake);
        audit.record(actor, patientId, AuditAction.UPDATE, "intake " + section);
    }

    private void store(Intake intake) {
        try {
            intakes.save(intake);
        } catch (OptimisticLockingFailureException raced) {
            throw new ConflictException("The intake was saved somewhere else at the same moment. Reload it.");
        }
    }

    private Stamp stamp(CurrentUser actor) {
        return new Stamp(clock.instant(), actor.username(), !actor.isStaff());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private void deny(CurrentUser actor, UUID patientId, String target) {
        audit.recordDenied(actor, patientId, AuditAction.UPDATE, target);
        throw new ForbiddenException(target.endsWith("class")
                ? "Only a clinician decides the class of an allergy or medication"
                : "You may not change this intake");
    }
}
