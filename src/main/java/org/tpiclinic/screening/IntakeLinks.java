package org.tpiclinic.screening;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tpiclinic.audit.AuditAction;
import org.tpiclinic.audit.AuditLog;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.screening.intake.IntakeLinkSettings;
import org.tpiclinic.shared.LinkExpiredException;
import org.tpiclinic.shared.NotFoundException;
import org.tpiclinic.shared.SecretTokens;

/**
 * Emailed links to a patient's own intake questionnaire, for patients without a portal login (most who book
 * online). A link is a random 256-bit token of which only the hash is stored; it opens that one patient's intake
 * and nothing else, until the appointment starts (at most {@code tpi.intake-link.max-validity}). Whoever holds the
 * link acts as the patient ({@link Role#PATIENT} for that patient only), so their answers are patient-reported and
 * wait for staff acceptance exactly as in the portal, and every read and save is audited under the link's name.
 */
@Service
@Transactional
public class IntakeLinks {

    private final JdbcClient jdbc;
    private final IntakeStatus status;
    private final IntakeLinkSettings settings;
    private final AuditLog audit;
    private final Clock clock;

    IntakeLinks(JdbcClient jdbc, IntakeStatus status, IntakeLinkSettings settings, AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.status = status;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** A link to send, and the instant it stops working. */
    public record IntakeLink(String url, Instant expiresAt) {
    }

    private record Link(UUID patientId, OffsetDateTime expiresAt) {
    }

    /**
     * A new link for the patient's intake, to send with an appointment starting at {@code appointmentStart}; empty
     * when the intake is already complete or the appointment has begun.
     *
     * @param issuedFor what the link goes out with ("appointment &lt;id&gt;"), kept with it and in the audit log
     */
    public Optional<IntakeLink> issue(CurrentUser actor, UUID patientId, Instant appointmentStart, String issuedFor) {
        if (status.complete(patientId)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant longest = now.plus(settings.maxValidity());
        Instant expiresAt = appointmentStart.isBefore(longest) ? appointmentStart : longest;
        if (!expiresAt.isAfter(now)) {
            return Optional.empty();
        }
        String token = SecretTokens.generate();
        jdbc.sql("""
                INSERT INTO intake_links (token_hash, patient_id, issued_for, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?)""")
                .params(SecretTokens.hash(token), patientId, issuedFor, now.atOffset(ZoneOffset.UTC),
                        expiresAt.atOffset(ZoneOffset.UTC))
                .update();
        audit.record(actor, patientId, AuditAction.CREATE, "intake link for " + issuedFor);
        return Optional.of(new IntakeLink(settings.baseUrl().replaceAll("/+$", "") + "/intake/" + token, expiresAt));
    }

    /**
     * Ends the links that went out with {@code issuedFor} (an appointment that was cancelled): a link sent to a
     * wrong address must not keep opening the patient's intake until the old start time.
     *
     * @return how many links stopped working
     */
    public int revoke(CurrentUser actor, UUID patientId, String issuedFor) {
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        int ended = jdbc.sql("""
                UPDATE intake_links SET expires_at = ?
                WHERE patient_id = ? AND issued_for = ? AND expires_at > ?""")
                .params(now, patientId, issuedFor, now).update();
        if (ended > 0) {
            audit.record(actor, patientId, AuditAction.UPDATE, "intake link for " + issuedFor + " ended");
        }
        return ended;
    }

    /**
     * The patient a link acts as: a patient actor that may see and answer only that patient's intake, named
     * {@code patient-via-link:<first 12 of the hash>} so the audit log shows which link was used.
     *
     * @throws NotFoundException for a token that is not ours (unknown, mistyped or altered)
     * @throws LinkExpiredException for a link past its time
     */
    @Transactional(readOnly = true)
    public CurrentUser redeem(String token) {
        if (token == null || token.isBlank() || token.length() > SecretTokens.MAX_LENGTH) {
            throw new NotFoundException("The intake link");
        }
        String hash = SecretTokens.hash(token);
        var link = jdbc.sql("SELECT patient_id, expires_at FROM intake_links WHERE token_hash = ?").param(hash)
                .query((rs, n) -> new Link(rs.getObject(1, UUID.class), rs.getObject(2, OffsetDateTime.class)))
                .optional().orElseThrow(() -> new NotFoundException("The intake link"));
        var patient = new CurrentUser(null, "patient-via-link:" + hash.substring(0, 12), "Patient (email link)",
                Role.PATIENT, link.patientId());
        if (!clock.instant().isBefore(link.expiresAt().toInstant())) {
            audit.recordDenied(patient, link.patientId(), AuditAction.READ, "intake by expired link");
            throw new LinkExpiredException();
        }
        return patient;
    }
}
