package org.tpiclinic.billing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tpiclinic.billing.Claim.Correction;
import org.tpiclinic.billing.Coding.DrugLine;
import org.tpiclinic.billing.Coding.ProcedureLine;
import org.tpiclinic.billing.Coding.ReviewReason;
import org.tpiclinic.procedures.InjectionSessionSigned;

/** The claims in the database (JdbcClient). Package-private: other code goes through the module's services. */
@Repository
class Claims {

    private final JdbcClient jdbc;

    Claims(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the claim of a session unless one exists. The primary key decides, not a read before the write: two
     * deliveries at once insert one row, the second waits for the first and then inserts nothing.
     *
     * @return whether this call stored it
     */
    boolean insertIfAbsent(InjectionSessionSigned e, Coding coding, Instant now) {
        int inserted = jdbc.sql("""
                INSERT INTO billing_claims (session_id, patient_id, clinician_id, appointment_id, location_id,
                                            performed_on, signed_at, coded_at, status, diagnoses)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(e.sessionId().value(), e.patientId().value(), e.clinicianId().value(),
                        e.appointmentId() == null ? null : e.appointmentId().value(),
                        e.locationId() == null ? null : e.locationId().value(), e.performedOn(), utc(e.signedAt()),
                        utc(now), (coding.needsReview() ? ClaimStatus.REVIEW : ClaimStatus.READY).name(),
                        String.join(",", coding.diagnoses()))
                .update();
        if (inserted == 0) {
            return false;
        }
        UUID id = e.sessionId().value();
        insertProcedures(id, coding.procedures());
        for (int i = 0; i < coding.drugs().size(); i++) {
            DrugLine d = coding.drugs().get(i);
            jdbc.sql("INSERT INTO billing_claim_lines (session_id, kind, position, code, detail, volume_ml, "
                    + "amount_mg, hcpcs) VALUES (?, 'DRUG', ?, ?, ?, ?, ?, ?)")
                    .params(id, i, d.agentCode(), d.name(), d.volumeMl(), d.amountMg(), d.hcpcs()).update();
        }
        for (int i = 0; i < coding.reviews().size(); i++) {
            ReviewReason r = coding.reviews().get(i);
            jdbc.sql("INSERT INTO billing_claim_lines (session_id, kind, position, code, detail) "
                    + "VALUES (?, 'REVIEW', ?, ?, ?)").params(id, i, r.kind().name(), r.detail()).update();
        }
        return true;
    }

    private void insertProcedures(UUID id, List<ProcedureLine> procedures) {
        for (int i = 0; i < procedures.size(); i++) {
            ProcedureLine p = procedures.get(i);
            jdbc.sql("INSERT INTO billing_claim_lines (session_id, kind, position, code, detail, units) "
                    + "VALUES (?, 'PROCEDURE', ?, ?, ?, 1)").params(id, i, p.code(), String.join(",", p.sites()))
                    .update();
        }
    }

    Optional<Claim> find(UUID sessionId, CodingTable table) {
        var lines = jdbc.sql("SELECT kind, code, detail, volume_ml, amount_mg, hcpcs FROM billing_claim_lines "
                + "WHERE session_id = ? ORDER BY kind, position").param(sessionId).query((rs, n) -> new Object[] {
                        rs.getString("kind"), rs.getString("code"), rs.getString("detail"),
                        rs.getBigDecimal("volume_ml"), rs.getBigDecimal("amount_mg"), rs.getString("hcpcs") })
                .list();
        var procedures = new ArrayList<ProcedureLine>();
        var drugs = new ArrayList<DrugLine>();
        var reviews = new ArrayList<ReviewReason>();
        for (Object[] l : lines) {
            String detail = l[2] == null ? "" : (String) l[2];
            switch ((String) l[0]) {
            case "PROCEDURE" -> procedures.add(new ProcedureLine((String) l[1], table.procedure((String) l[1])
                    .map(ProcedureCode::description).orElse(""), detail.isEmpty() ? List.of()
                            : Arrays.asList(detail.split(","))));
            case "DRUG" -> drugs.add(new DrugLine((String) l[1], detail, (java.math.BigDecimal) l[3],
                    (java.math.BigDecimal) l[4], (String) l[5]));
            default -> reviews.add(new ReviewReason(ReviewReason.Kind.valueOf((String) l[1]), detail));
            }
        }
        var corrections = jdbc.sql("SELECT corrected_at, corrected_by, reason, before_codes, after_codes, "
                + "after_export FROM billing_corrections WHERE session_id = ? ORDER BY corrected_at")
                .param(sessionId).query((rs, n) -> new Correction(instant(rs, "corrected_at"),
                        rs.getString("corrected_by"), rs.getString("reason"), rs.getString("before_codes"),
                        rs.getString("after_codes"), rs.getBoolean("after_export")))
                .list();
        return jdbc.sql("SELECT * FROM billing_claims WHERE session_id = ?").param(sessionId)
                .query((rs, n) -> new Claim(sessionId, uuid(rs, "patient_id"), uuid(rs, "clinician_id"),
                        uuid(rs, "appointment_id"), uuid(rs, "location_id"), rs.getObject("performed_on",
                                java.time.LocalDate.class), instant(rs, "signed_at"), instant(rs, "coded_at"),
                        ClaimStatus.valueOf(rs.getString("status")), codes(rs.getString("diagnoses")), procedures,
                        drugs, reviews, rs.getBoolean("reexport"), instant(rs, "exported_at"),
                        rs.getString("exported_by"), rs.getInt("version"), corrections))
                .optional();
    }

    List<QueueEntry> queue(ClaimStatus status, int limit) {
        return jdbc.sql("""
                SELECT c.session_id, c.patient_id, c.performed_on, c.status, c.diagnoses, c.reexport,
                       (SELECT COUNT(*) FROM billing_claim_lines r
                         WHERE r.session_id = c.session_id AND r.kind = 'REVIEW') AS reviews
                  FROM billing_claims c WHERE c.status = ?
                 ORDER BY c.performed_on, c.session_id FETCH FIRST ? ROWS ONLY""")
                .params(status.name(), limit)
                .query((rs, n) -> new QueueEntry(uuid(rs, "session_id"), uuid(rs, "patient_id"), "",
                        rs.getObject("performed_on", java.time.LocalDate.class),
                        ClaimStatus.valueOf(rs.getString("status")), "", rs.getString("diagnoses"),
                        rs.getBoolean("reexport"), rs.getInt("reviews")))
                .list().stream().map(r -> r.withCodes(String.join(", ", procedureCodes(r.sessionId())))).toList();
    }

    private List<String> procedureCodes(UUID sessionId) {
        return jdbc.sql("SELECT code FROM billing_claim_lines WHERE session_id = ? AND kind = 'PROCEDURE' "
                + "ORDER BY position").param(sessionId).query(String.class).list();
    }

    /** Replaces the codes of a claim if it is still at {@code version}; review reasons are settled by it. */
    boolean replaceCodes(UUID sessionId, int version, List<ProcedureLine> procedures, List<String> diagnoses,
            boolean reexport) {
        int changed = jdbc.sql("UPDATE billing_claims SET diagnoses = ?, status = 'READY', reexport = ?, "
                + "version = version + 1 WHERE session_id = ? AND version = ?")
                .params(String.join(",", diagnoses), reexport, sessionId, version).update();
        if (changed == 0) {
            return false;
        }
        jdbc.sql("DELETE FROM billing_claim_lines WHERE session_id = ? AND kind IN ('PROCEDURE', 'REVIEW')")
                .param(sessionId).update();
        insertProcedures(sessionId, procedures);
        return true;
    }

    void recordCorrection(UUID sessionId, Correction c) {
        jdbc.sql("INSERT INTO billing_corrections (id, session_id, corrected_at, corrected_by, reason, before_codes, "
                + "after_codes, after_export) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), sessionId, utc(c.correctedAt()), c.correctedBy(), c.reason(), c.before(),
                        c.after(), c.afterExport())
                .update();
    }

    boolean markExported(UUID sessionId, int version, Instant at, String by) {
        return jdbc.sql("UPDATE billing_claims SET status = 'EXPORTED', reexport = FALSE, exported_at = ?, "
                + "exported_by = ?, version = version + 1 WHERE session_id = ? AND version = ? AND status = 'READY'")
                .params(utc(at), by, sessionId, version).update() == 1;
    }

    static List<String> codes(String joined) {
        return joined == null || joined.isBlank() ? List.of() : List.of(joined.split(","));
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }
}
