package org.tpiclinic.outcomes;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tpiclinic.audit.AuditAction;
import org.tpiclinic.audit.AuditLog;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.outcomes.analysis.PainCourse;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.shared.ConflictException;
import org.tpiclinic.shared.ForbiddenException;
import org.tpiclinic.shared.NotFoundException;

/**
 * The outcomes module's API for one patient: reading their outcomes (clinicians and admins, or the patient
 * themself) and recording answered questionnaires (baseline and monthly follow-ups). Every read and write is
 * checked on the server and audited in the same transaction; refusals are audited too. Each questionnaire is
 * recorded once: a second submission of the same one is refused with a 409 and changes nothing.
 */
@Service
@Transactional
public class Outcomes {

    private final OutcomeRecords records;
    private final PatientRegistry patients;
    private final AuditLog audit;
    private final Clock clock;
    private final Instruments instruments;

    Outcomes(OutcomeRecords records, PatientRegistry patients, AuditLog audit, Clock clock, Instruments instruments) {
        this.records = records;
        this.patients = patients;
        this.audit = audit;
        this.clock = clock;
        this.instruments = instruments;
    }

    /** Who may read a patient's outcomes: clinicians and admins, and the patient. */
    public static boolean mayRead(CurrentUser actor, UUID patientId) {
        return actor.role() == Role.CLINICIAN || actor.role() == Role.ADMIN
                || actor.role() == Role.PATIENT && patientId.equals(actor.patientId());
    }

    public PatientOutcomes patient(CurrentUser actor, UUID patientId) {
        requireReader(actor, patientId, "outcomes");
        var result = compute(patientId);
        audit.record(actor, patientId, AuditAction.READ, "outcomes (" + result.scores().size() + " scores, "
                + result.sessions().size() + " sessions)");
        return result;
    }

    /** The same, recorded as a shared summary (PDF): audited as PRINT. */
    public PatientOutcomes summaryToShare(CurrentUser actor, UUID patientId) {
        requireReader(actor, patientId, "outcomes summary");
        var result = compute(patientId);
        audit.record(actor, patientId, AuditAction.PRINT, "outcomes summary PDF");
        return result;
    }

    /** Records a refused read of a patient's outcomes (the web layer refuses before reading). */
    public void refuse(CurrentUser actor, UUID patientId) {
        audit.recordDenied(actor, patientId, AuditAction.READ, "outcomes");
    }

    /** A patient's outcomes with their name, for staff: the name comes from the same check that they exist. */
    public record StaffView(String patientName, PatientOutcomes outcomes) {
    }

    /**
     * {@link #patient} for staff pages, with the patient's name read once by the same check that refuses an
     * unknown patient (the page would otherwise ask the registry a second time, in a transaction of its own).
     */
    public StaffView staffView(CurrentUser actor, UUID patientId) {
        if (!actor.isStaff()) {
            refuse(actor, patientId);
            throw new ForbiddenException("A patient's outcomes are for clinicians and admins");
        }
        String name = requireReader(actor, patientId, "outcomes");
        var result = compute(patientId);
        audit.record(actor, patientId, AuditAction.READ, "outcomes (" + result.scores().size() + " scores, "
                + result.sessions().size() + " sessions)");
        return new StaffView(name, result);
    }

    /**
     * Reads the patient's rows in three queries and works out the course from them. The course is worked out
     * here rather than stored: it is a few microseconds for a patient's scores, and it always uses the current
     * thresholds; each session's results are also stored (for /outcomes) when scores change.
     */
    PatientOutcomes compute(UUID patientId) {
        var rows = records.patientRows(patientId);
        var course = PainCourse.of(rows.pain(), rows.marks(), rows.thresholds());
        return new PatientOutcomes(patientId, course, rows.sessions(), rows.scores(), rows.thresholds(),
                rows.sources());
    }

    /** The questionnaires a patient fills on an occasion (baseline or follow-up), in order. */
    public List<Instrument> questionnaires(Occasion occasion) {
        return instruments.all().stream()
                .filter(i -> occasion == Occasion.BASELINE ? i.atBaseline() : i.atFollowUp()).toList();
    }

    /** Whether the questionnaire named by this key was answered already (through the portal or a link). */
    @Transactional(readOnly = true)
    public boolean hasAnswered(String sourceKey) {
        return records.hasResponse(sourceKey);
    }

    /** Whether the patient has a baseline form already (then a second is refused). */
    public boolean hasBaseline(UUID patientId) {
        return records.hasResponse(baselineKey(patientId));
    }

    /**
     * Records the answers of one questionnaire form (every instrument of the occasion) under {@code sourceKey}.
     * Problems come back keyed {@code <instrument>.<item>} and nothing is saved; a form already recorded is a
     * {@link ConflictException}.
     */
    public Map<String, String> submit(CurrentUser actor, UUID patientId, Occasion occasion, String sourceKey,
            Map<String, List<Instrument.Answer>> answers) {
        boolean own = actor.role() == Role.PATIENT && patientId.equals(actor.patientId());
        if (!own && !(actor.role() == Role.CLINICIAN || actor.role() == Role.ADMIN)) {
            audit.recordDenied(actor, patientId, AuditAction.CREATE, "outcome questionnaire");
            throw new ForbiddenException("You may not record this patient's outcome scores");
        }
        requirePatient(actor, patientId);
        lock(patientId);
        if (records.hasResponse(sourceKey)) {
            throw new ConflictException("These answers were already recorded. Nothing was changed; "
                    + "your clinician sees the answers you sent first.");
        }
        var problems = new LinkedHashMap<String, String>();
        var scored = new ArrayList<OutcomeRecords.NewResponse>();
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        for (Instrument instrument : questionnaires(occasion)) {
            var result = instrument.score(answers.getOrDefault(instrument.code(), List.of()));
            problems.putAll(result.problems());
            if (result.ok() && result.score() != null) {
                scored.add(new OutcomeRecords.NewResponse(patientId, instrument.code(), occasion, null, now, today,
                        result.score(), sourceKey, actor.username(), result.answers()));
            }
        }
        if (problems.isEmpty() && scored.stream().noneMatch(r -> r.instrument().equals(Instrument.PAIN))) {
            problems.put(Instrument.PAIN + ".PAIN", "Please answer this question.");
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        scored.forEach(r -> records.insert(r, now));
        recompute(patientId);
        audit.record(actor, patientId, AuditAction.CREATE, "outcome questionnaire " + occasion + " ("
                + scored.size() + " scores)");
        return Map.of();
    }

    /** A questionnaire the patient has to fill now: the baseline, or this month's follow-up. */
    public record Due(Occasion occasion, String key, LocalDate dueOn) {
    }

    /**
     * What the patient should fill now, if anything: the baseline before the first session (once), then one
     * follow-up a month after the last session, up to the set number of months; each only until answered.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<Due> due(UUID patientId) {
        var sessions = records.sessionMarks(patientId);
        LocalDate today = LocalDate.now(clock);
        if (sessions.isEmpty()) {
            String key = baselineKey(patientId);
            return records.hasResponse(key) ? java.util.Optional.empty()
                    : java.util.Optional.of(new Due(Occasion.BASELINE, key, today));
        }
        var last = sessions.get(sessions.size() - 1);
        int months = (int) java.time.temporal.ChronoUnit.MONTHS.between(last.on(), today);
        if (months < 1 || months > records.thresholds().followUpMonths()) {
            return java.util.Optional.empty();
        }
        String key = "follow-up:" + patientId + ":" + last.id() + ":" + months;
        return records.hasResponse(key) ? java.util.Optional.empty()
                : java.util.Optional.of(new Due(Occasion.FOLLOW_UP, key, last.on().plusMonths(months)));
    }

    static String baselineKey(UUID patientId) {
        return "baseline:" + patientId;
    }

    /** Recomputes the stored results of the patient's sessions from their scores (after any change). */
    void recompute(UUID patientId) {
        records.lockSessions(patientId);
        records.storeResults(PainCourse.of(records.pain(patientId), records.sessionMarks(patientId),
                records.thresholds()));
    }

    /**
     * Holds the patient's record until the transaction ends: deliveries and submissions for one patient run one
     * after the other, so the second of two copies finds the first (at-least-once delivery runs them in parallel).
     */
    void lock(UUID patientId) {
        patients.lockForUpdate(patientId);
    }

    /** Stores one pain score given at a session or check-in, unless already stored; true if stored. */
    boolean recordPain(UUID patientId, Occasion occasion, UUID session, Instant at, LocalDate on, int pain,
            String sourceKey, String by) {
        if (records.hasResponse(sourceKey)) {
            return false;
        }
        records.insert(new OutcomeRecords.NewResponse(patientId, Instrument.PAIN, occasion, session, at, on,
                BigDecimal.valueOf(pain), sourceKey, by, List.of(new Instrument.Scored("PAIN", pain, null))),
                clock.instant());
        return true;
    }

    private String requireReader(CurrentUser actor, UUID patientId, String what) {
        if (!mayRead(actor, patientId)) {
            audit.recordDenied(actor, patientId, AuditAction.READ, what);
            throw new ForbiddenException("You may not see this patient's outcomes");
        }
        return requirePatient(actor, patientId);
    }

    /** For staff, the patient's name (404 when there is no such patient); null for the patient themself. */
    private String requirePatient(CurrentUser actor, UUID patientId) {
        if (!actor.isStaff()) {
            return null;
        }
        var names = patients.names(actor, List.of(patientId));
        if (names.isEmpty()) {
            throw new NotFoundException("The patient");
        }
        return names.get(patientId);
    }
}
