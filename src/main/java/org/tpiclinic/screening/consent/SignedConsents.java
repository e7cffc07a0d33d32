package org.tpiclinic.screening.consent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Signed consents and their PDFs. */
@Repository
public class SignedConsents {

    private static final String COLUMNS = "id, patient_id, template_version, plan_code, typed_name, drawn, "
            + "witness_name, signed_at, signed_by, client_address, valid_until, pdf_sha256, withdrawn_at, "
            + "withdrawn_by, withdrawal_reason, review_id, obtained_by, in_clinic";

    private final JdbcClient jdbc;

    SignedConsents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(SignedConsent c, byte[] pdf) {
        jdbc.sql("INSERT INTO consents (" + COLUMNS + ", pdf) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(c.id(), c.patientId(), c.templateVersion(), c.planCode(), c.typedName(), c.drawn(),
                        c.witnessName(), utc(c.signedAt()), c.signedBy(), c.clientAddress(), utc(c.validUntil()),
                        c.pdfSha256(), utc(c.withdrawnAt()), c.withdrawnBy(), c.withdrawalReason(), c.reviewId(),
                        c.obtainedBy(), c.inClinic(), pdf)
                .update();
    }

    public List<SignedConsent> ofPatient(UUID patientId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM consents WHERE patient_id = ? ORDER BY signed_at DESC")
                .param(patientId).query(SignedConsents::map).list();
    }

    public Optional<SignedConsent> find(UUID patientId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM consents WHERE patient_id = ? AND id = ?")
                .params(patientId, id).query(SignedConsents::map).optional();
    }

    public Optional<byte[]> pdf(UUID patientId, UUID id) {
        return jdbc.sql("SELECT pdf FROM consents WHERE patient_id = ? AND id = ?").params(patientId, id)
                .query((rs, n) -> rs.getBytes("pdf")).optional();
    }

    /** Marks a consent withdrawn, unless it already was; answers whether it changed. */
    public boolean withdraw(UUID patientId, UUID id, Instant at, String by, String reason) {
        return jdbc.sql("UPDATE consents SET withdrawn_at = ?, withdrawn_by = ?, withdrawal_reason = ? "
                + "WHERE patient_id = ? AND id = ? AND withdrawn_at IS NULL")
                .params(utc(at), by, reason, patientId, id).update() == 1;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static SignedConsent map(ResultSet rs, int row) throws SQLException {
        return new SignedConsent(rs.getObject("id", UUID.class), rs.getObject("patient_id", UUID.class),
                rs.getInt("template_version"), rs.getString("plan_code"), rs.getString("typed_name"),
                rs.getBoolean("drawn"), rs.getString("witness_name"), instant(rs, "signed_at"),
                rs.getString("signed_by"), rs.getString("client_address"), instant(rs, "valid_until"),
                rs.getString("pdf_sha256"), instant(rs, "withdrawn_at"), rs.getString("withdrawn_by"),
                rs.getString("withdrawal_reason"), rs.getObject("review_id", UUID.class), rs.getString("obtained_by"),
                rs.getBoolean("in_clinic"));
    }
}
