package org.tpiclinic.screening;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tpiclinic.audit.AuditAction;
import org.tpiclinic.audit.AuditLog;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.shared.ForbiddenException;

/**
 * Intake progress of many patients at once, for staff lists such as the schedule: one query, one audit entry
 * ({@link AuditAction#QUERY}). Patients are refused (they see their own intake on its page). Every requested id
 * is in the answer; a patient without an intake is {@link IntakeProgress#NOT_STARTED}.
 */
@Service
@Transactional
public class IntakeStatus {

    /** The intake's sections (visit, care so far, safety), each complete when saved. */
    private static final int SECTIONS = 3;
    /** A section is saved when its stamp is: the stamp is written with the answers (Intake.save*). */
    private static final String SAVED_SECTIONS = """
            CASE WHEN visit_saved_at IS NULL THEN 0 ELSE 1 END + CASE WHEN care_saved_at IS NULL THEN 0 ELSE 1 END
            + CASE WHEN safety_saved_at IS NULL THEN 0 ELSE 1 END""";

    private final JdbcClient jdbc;
    private final AuditLog audit;

    IntakeStatus(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public Map<UUID, IntakeProgress> of(CurrentUser actor, Collection<UUID> patientIds) {
        if (!actor.isStaff()) {
            audit.recordDenied(actor, null, AuditAction.QUERY, "intake status");
            throw new ForbiddenException("Only staff see the intake status of several patients");
        }
        var progress = new HashMap<UUID, IntakeProgress>();
        patientIds.forEach(id -> progress.put(id, IntakeProgress.NOT_STARTED));
        if (progress.isEmpty()) {
            return progress;
        }
        jdbc.sql("SELECT patient_id, " + SAVED_SECTIONS + " AS saved FROM intakes WHERE patient_id IN (:ids)")
                .param("ids", progress.keySet())
                .query((rs, n) -> Map.entry(rs.getObject("patient_id", UUID.class), rs.getInt("saved")))
                .list()
                .forEach(row -> progress.put(row.getKey(), IntakeProgress.of(row.getValue(), SECTIONS)));
        audit.record(actor, null, AuditAction.QUERY, "intake status (" + progress.size() + " patients)");
        return progress;
    }

    /**
     * How many intake answers of each patient wait for staff to review them into the record (patients with none
     * are left out): one query, one audit entry. Patients are refused.
     */
    public Map<UUID, Integer> awaitingReview(CurrentUser actor, Collection<UUID> patientIds) {
        if (!actor.isStaff()) {
            audit.recordDenied(actor, null, AuditAction.QUERY, "intake answers awaiting review");
            throw new ForbiddenException("Only staff see the intake answers of several patients");
        }
        var counts = new HashMap<UUID, Integer>();
        if (patientIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                SELECT i.patient_id, COUNT(*) AS waiting FROM intake_proposals p JOIN intakes i ON i.id = p.intake_id
                WHERE p.status = 'PENDING' AND i.patient_id IN (:ids) GROUP BY i.patient_id""")
                .param("ids", patientIds)
                .query((rs, n) -> Map.entry(rs.getObject("patient_id", UUID.class), rs.getInt("waiting")))
                .list().forEach(row -> counts.put(row.getKey(), row.getValue()));
        audit.record(actor, null, AuditAction.QUERY, "intake answers awaiting review (" + patientIds.size()
                + " patients)");
        return counts;
    }

    /** Whether every section of the patient's intake is saved; for the module itself, so not audited here. */
    boolean complete(UUID patientId) {
        return jdbc.sql("SELECT " + SAVED_SECTIONS + " FROM intakes WHERE patient_id = ?").param(patientId)
                .query(Integer.class).optional().orElse(0) == SECTIONS;
    }
}
