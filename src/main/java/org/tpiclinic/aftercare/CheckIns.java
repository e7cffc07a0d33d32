package org.tpiclinic.aftercare;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tpiclinic.audit.AuditAction;
import org.tpiclinic.audit.AuditLog;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.procedures.SessionId;
import org.tpiclinic.shared.ConflictException;
import org.tpiclinic.shared.ForbiddenException;
import org.tpiclinic.shared.NotFoundException;
import org.tpiclinic.shared.PatientId;
import org.tpiclinic.shared.SecretTokens;

/**
 * Check-ins after a session: read and answered by the patient (in the portal, or through the emailed link, which
 * opens that one check-in and nothing else), once. An answer with a red flag puts the patient on the follow-up
 * worklist in the same transaction; each answer publishes {@link CheckInSubmitted} once. Every read and change is
 * audited.
 */
@Service
@Transactional
public class CheckIns {

    private final JdbcClient jdbc;
    private final RedFlags redFlags;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    CheckIns(JdbcClient jdbc, RedFlags redFlags, ApplicationEventPublisher events, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.redFlags = redFlags;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whoever holds a check-in link: the patient, for that one check-in. */
    public record LinkHolder(CurrentUser patient, UUID checkInId) {
    }

    /** A row of the follow-up worklist. */
    public record Flagged(CheckIn checkIn, UUID sessionId) {
    }

    /**
     * @throws NotFoundException  for a token that is not ours (unknown, mistyped or altered)
     * @throws CheckInLinkExpired for a link past its time
     */
    @Transactional // audited, so not read-only
    public LinkHolder redeem(String token) {
        if (token == null || token.isBlank() || token.length() > SecretTokens.MAX_LENGTH) {
            throw new NotFoundException("The check-in link");
        }
        String hash = SecretTokens.hash(token);
        record Link(UUID id, UUID patient, OffsetDateTime expires) {
        }
        var link = jdbc.sql("SELECT id, patient_id, link_expires_at FROM aftercare_check_ins WHERE token_hash = ?")
                .param(hash).query((rs, n) -> new Link(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, OffsetDateTime.class)))
                .optional().orElseThrow(() -> new NotFoundException("The check-in link"));
        var patient = new CurrentUser(null, "patient-via-link:" + hash.substring(0, 12), "Patient (email link)",
                Role.PATIENT, link.patient());
        if (!clock.instant().isBefore(link.expires().toInstant())) {
            audit.recordDenied(patient, link.patient(), AuditAction.READ, "check-in by expired link");
            throw new CheckInLinkExpired();
        }
        return new LinkHolder(patient, link.id());
    }

    @Transactional // audited, so not read-only
    public CheckIn get(CurrentUser actor, UUID checkInId) {
        var checkIn = load(checkInId);
        if (!actor.maySee(checkIn.patientId())) {
            audit.recordDenied(actor, checkIn.patientId(), AuditAction.READ, "check-in " + checkInId);
            throw new NotFoundException("The check-in");
        }
        audit.record(actor, checkIn.patientId(), AuditAction.READ, "check-in " + checkInId);
        return checkIn;
    }

    /** A plan's check-ins by day; the caller has read the plan (and its access was checked and audited then). */
    @Transactional(readOnly = true)
    public List<CheckIn> ofPlan(AftercarePlan plan) {
        return jdbc.sql("SELECT * FROM aftercare_check_ins WHERE plan_id = ? ORDER BY day_after").param(plan.id())
                .query(CheckIns::checkIn).list();
    }

    /**
     * Records the answers, once, by the patient themself (signed in or through the link).
     *
     * @throws CheckInAlreadyAnswered on a second answer (nothing changes, nothing is published)
     * @throws ConflictException      before the check-in is due
     */
    public CheckIn answer(CurrentUser actor, UUID checkInId, CheckInAnswers answers) {
        var checkIn = load(checkInId);
        if (actor.role() != Role.PATIENT || !actor.patientId().equals(checkIn.patientId())) {
            audit.recordDenied(actor, checkIn.patientId(), AuditAction.UPDATE, "check-in " + checkInId);
            throw actor.role() == Role.PATIENT ? new NotFoundException("The check-in")
                    : new ForbiddenException("Only the patient answers their check-in");
        }
        Instant now = clock.instant();
        if (checkIn.answered()) {
            audit.recordDenied(actor, checkIn.patientId(), AuditAction.UPDATE, "check-in " + checkInId + " again");
            throw new CheckInAlreadyAnswered();
        }
        if (!checkIn.due(now)) {
            throw new ConflictException("This check-in opens on day " + checkIn.dayAfter()
                    + " after your session. Nothing was saved; come back then.");
        }
        record Plan(UUID session, int painBefore) {
        }
        var plan = jdbc.sql("SELECT session_id, pain_before FROM aftercare_plans WHERE id = ?").param(checkIn.planId())
                .query((rs, n) -> new Plan(rs.getObject(1, UUID.class), rs.getInt(2))).single();
        var assessment = redFlags.assess(answers, plan.painBefore());
        int saved = jdbc.sql("""
                UPDATE aftercare_check_ins SET submitted_at = ?, submitted_by = ?, pain = ?, soreness = ?, bruising = ?,
                       fever = ?, redness = ?, breathing = ?, urgency = ?, reasons = ?
                 WHERE id = ? AND submitted_at IS NULL""")
                .params(now.atOffset(ZoneOffset.UTC), actor.username(), answers.pain(), answers.soreness().name(),
                        answers.bruising(), answers.fever(), answers.redness(), answers.breathing(),
                        assessment.urgency().name(),
                        String.join(",", assessment.reasons().stream().map(Enum::name).toList()), checkInId)
                .update();
        if (saved == 0) { // answered at the same moment in another tab or through the link
            throw new CheckInAlreadyAnswered();
        }
        audit.record(actor, checkIn.patientId(), AuditAction.UPDATE, "check-in " + checkInId + " answered"
                + (assessment.urgency().redFlag() ? " (red flag: " + assessment.urgency() + ")" : ""));
        events.publishEvent(new CheckInSubmitted(checkInId, SessionId.of(plan.session()),
                PatientId.of(checkIn.patientId()), checkIn.dayAfter(), now, answers.pain(),
                assessment.urgency().redFlag()));
        return load(checkInId);
    }

    /** The follow-up worklist: red-flag answers not yet handled, most urgent and oldest first (staff who edit). */
    @Transactional // audited, so not read-only
    public List<Flagged> worklist(CurrentUser actor) {
        requireEditor(actor, null, AuditAction.QUERY, "aftercare worklist");
        var rows = jdbc.sql("""
                SELECT c.*, p.session_id FROM aftercare_check_ins c JOIN aftercare_plans p ON p.id = c.plan_id
                 WHERE c.urgency IN ('CALL', 'EMERGENCY') AND c.handled_at IS NULL
                 ORDER BY CASE c.urgency WHEN 'EMERGENCY' THEN 0 ELSE 1 END, c.submitted_at""")
                .query((rs, n) -> new Flagged(checkIn(rs, n), rs.getObject("session_id", UUID.class))).list();
        audit.record(actor, null, AuditAction.QUERY, "aftercare worklist (" + rows.size() + ")");
        return rows;
    }

    /** Takes a red-flag check-in off the worklist: a clinician or the front desk reached the patient. */
    public void handle(CurrentUser actor, UUID checkInId) {
        var checkIn = load(checkInId);
        requireEditor(actor, checkIn.patientId(), AuditAction.UPDATE, "check-in " + checkInId + " handled");
        if (checkIn.urgency() == null || !checkIn.urgency().redFlag()) {
            throw new ConflictException("This check-in is not on the worklist.");
        }
        int changed = jdbc.sql("UPDATE aftercare_check_ins SET handled_at = ?, handled_by = ? WHERE id = ? AND handled_at IS NULL")
                .params(clock.instant().atOffset(ZoneOffset.UTC), actor.username(), checkInId).update();
        if (changed == 0) {
            throw new ConflictException("Someone already took this patient off the worklist.");
        }
        audit.record(actor, checkIn.patientId(), AuditAction.UPDATE, "check-in " + checkInId + " handled");
    }

    private void requireEditor(CurrentUser actor, UUID patientId, AuditAction action, String target) {
        if (!actor.mayEditRecords()) {
            audit.recordDenied(actor, patientId, action, target);
            throw new ForbiddenException("The follow-up worklist is for clinicians and the front desk");
        }
    }

    /** The language of the check-in's plan, for the texts shown with it. */
    @Transactional(readOnly = true)
    public String language(CheckIn checkIn) {
        return jdbc.sql("SELECT language FROM aftercare_plans WHERE id = ?").param(checkIn.planId()).query(String.class)
                .single();
    }

    CheckIn load(UUID checkInId) {
        return jdbc.sql("SELECT * FROM aftercare_check_ins WHERE id = ?").param(checkInId).query(CheckIns::checkIn)
                .optional().orElseThrow(() -> new NotFoundException("The check-in"));
    }

    static CheckIn checkIn(ResultSet rs, int row) throws SQLException {
        var submitted = instant(rs, "submitted_at");
        CheckInAnswers answers = submitted == null ? null : new CheckInAnswers(rs.getInt("pain"),
                CheckInAnswers.Soreness.valueOf(rs.getString("soreness")), rs.getBoolean("bruising"),
                rs.getBoolean("fever"), rs.getBoolean("redness"), rs.getBoolean("breathing"));
        String urgency = rs.getString("urgency");
        String reasons = rs.getString("reasons");
        return new CheckIn(rs.getObject("id", UUID.class), rs.getObject("plan_id", UUID.class),
                rs.getObject("patient_id", UUID.class), rs.getInt("day_after"), instant(rs, "due_at"),
                instant(rs, "sent_at"), submitted, answers, urgency == null ? null : Urgency.valueOf(urgency),
                reasons == null || reasons.isEmpty() ? List.of()
                        : Arrays.stream(reasons.split(",")).map(RedFlags.Answer::valueOf).toList(),
                instant(rs, "handled_at"), rs.getString("handled_by"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
