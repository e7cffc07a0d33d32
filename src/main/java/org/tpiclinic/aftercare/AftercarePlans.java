package org.tpiclinic.aftercare;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tpiclinic.audit.AuditAction;
import org.tpiclinic.audit.AuditLog;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.shared.NotFoundException;

/**
 * Reading aftercare plans: a patient reads their own, staff read any patient's. Every read is audited; a read of
 * someone else's plan by a patient is refused as not found (nothing about it is shown) and audited as denied.
 */
@Service
@Transactional // not read-only: every read writes its audit entry in the same transaction
public class AftercarePlans {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final PlanPdf pdf;

    AftercarePlans(JdbcClient jdbc, AuditLog audit, PlanPdf pdf) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.pdf = pdf;
    }

    /** The patient's plans, newest session first (without their sections). */
    public List<AftercarePlan> of(CurrentUser actor, UUID patientId) {
        if (!actor.maySee(patientId)) {
            audit.recordDenied(actor, patientId, AuditAction.READ, "aftercare plans");
            throw new NotFoundException("The patient");
        }
        var plans = jdbc.sql("SELECT * FROM aftercare_plans WHERE patient_id = ? ORDER BY performed_on DESC, created_at DESC")
                .param(patientId).query((rs, n) -> plan(rs, List.of())).list();
        audit.record(actor, patientId, AuditAction.QUERY, "aftercare plans (" + plans.size() + ")");
        return plans;
    }

    public AftercarePlan get(CurrentUser actor, UUID planId) {
        var plan = load(planId).orElseThrow(() -> new NotFoundException("The aftercare plan"));
        if (!actor.maySee(plan.patientId())) {
            audit.recordDenied(actor, plan.patientId(), AuditAction.READ, "aftercare plan " + planId);
            throw new NotFoundException("The aftercare plan");
        }
        audit.record(actor, plan.patientId(), AuditAction.READ, "aftercare plan " + planId);
        return plan;
    }

    /** The plan as a printable PDF in its language; audited as a print. */
    public byte[] pdf(CurrentUser actor, UUID planId) {
        var plan = get(actor, planId);
        audit.record(actor, plan.patientId(), AuditAction.PRINT, "aftercare plan " + planId);
        return pdf.render(plan);
    }

    /** The plan made for a session, without access checks (for tests and the module itself). */
    @Transactional(readOnly = true)
    public Optional<UUID> forSession(UUID sessionId) {
        return jdbc.sql("SELECT id FROM aftercare_plans WHERE session_id = ?").param(sessionId).query(UUID.class)
                .optional();
    }

    Optional<AftercarePlan> load(UUID planId) {
        var parts = jdbc.sql("SELECT * FROM aftercare_plan_sections WHERE plan_id = ? ORDER BY position").param(planId)
                .query((rs, n) -> new AftercarePlan.Part(Section.valueOf(rs.getString("section")),
                        rs.getString("title"), rs.getString("body"))).list();
        return jdbc.sql("SELECT * FROM aftercare_plans WHERE id = ?").param(planId)
                .query((rs, n) -> plan(rs, parts)).optional();
    }

    static AftercarePlan plan(ResultSet rs, List<AftercarePlan.Part> parts) throws SQLException {
        return new AftercarePlan(rs.getObject("id", UUID.class), rs.getObject("session_id", UUID.class),
                rs.getObject("patient_id", UUID.class), rs.getObject("clinician_id", UUID.class),
                rs.getObject("location_id", UUID.class), rs.getObject("performed_on", java.time.LocalDate.class),
                rs.getString("language"), rs.getBoolean("lung_warning"), rs.getInt("pain_before"),
                rs.getObject("follow_up_from", java.time.LocalDate.class),
                rs.getObject("follow_up_to", java.time.LocalDate.class),
                rs.getObject("follow_up_appointment_id", UUID.class),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), parts);
    }
}
