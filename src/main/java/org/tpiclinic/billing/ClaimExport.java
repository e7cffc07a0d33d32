package org.tpiclinic.billing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.tpiclinic.audit.AuditAction;
import org.tpiclinic.audit.AuditLog;
import org.tpiclinic.identity.CurrentUser;

/**
 * The claim-ready CSV for a range of service dates, one row per procedure or drug line of every claim that is
 * ready or exported (claims waiting for review are left out), written as the rows arrive from the database (a
 * cursor of {@value #FETCH} rows), never collected in memory. Before any row is written the export is recorded as
 * a disclosure: one {@link AuditAction#EXPORT} entry per patient whose claims it contains, committed on its own.
 */
@Service
public class ClaimExport {

    static final int FETCH = 500;
    static final int DIAGNOSIS_COLUMNS = 12;
    static final String HEADER = "claim_id,service_date,patient_mrn,patient_family_name,patient_given_name,"
            + "patient_birth_date,patient_sex,rendering_clinician_id,service_location_id,line_type,code,units,"
            + "description,agent_code,amount_mg,volume_ml,diagnosis_pointer,"
            + String.join(",", java.util.stream.IntStream.rangeClosed(1, DIAGNOSIS_COLUMNS)
                    .mapToObj(i -> "diagnosis_" + i).toList())
            + ",resubmission";
    private static final String WHERE = " WHERE c.performed_on BETWEEN ? AND ? AND c.status <> 'REVIEW'";
    private static final String ROWS = """
            SELECT c.session_id, c.performed_on, p.mrn, p.family_name, p.given_name, p.date_of_birth, p.sex,
                   c.clinician_id, c.location_id, c.diagnoses, c.reexport, l.kind, l.code, l.units, l.detail,
                   l.volume_ml, l.amount_mg, l.hcpcs
              FROM billing_claims c
              JOIN patients p ON p.id = c.patient_id
              JOIN billing_claim_lines l ON l.session_id = c.session_id AND l.kind IN ('PROCEDURE', 'DRUG')
            """ + WHERE + " ORDER BY c.performed_on, c.session_id, l.kind DESC, l.position";

    private final JdbcClient jdbc;
    private final JdbcTemplate cursor;
    private final TransactionTemplate readOnly;
    private final BillingAccess access;
    private final AuditLog audit;
    private final CodingTable table;

    ClaimExport(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions,
            BillingAccess access, AuditLog audit, CodingTable table) {
        this.jdbc = jdbc;
        this.cursor = new JdbcTemplate(dataSource);
        this.cursor.setFetchSize(FETCH);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.access = access;
        this.audit = audit;
        this.table = table;
    }

    /**
     * Checks the range and records the disclosure: one audit entry per patient in it.
     *
     * @return how many claims the export will contain
     * @throws InvalidExport for a missing or reversed range, or one without any claim to export
     */
    @Transactional
    public int disclose(CurrentUser actor, LocalDate from, LocalDate to) {
        access.require(actor, null, AuditAction.EXPORT, "claims export");
        if (from == null) {
            throw new InvalidExport("from", "billing.export.from.required");
        }
        if (to == null) {
            throw new InvalidExport("to", "billing.export.to.required");
        }
        if (to.isBefore(from)) {
            throw new InvalidExport("to", "billing.export.reversed");
        }
        int claims = jdbc.sql("SELECT COUNT(*) FROM billing_claims c" + WHERE).params(from, to).query(Integer.class)
                .single();
        if (claims == 0) {
            throw new InvalidExport("from", "billing.export.empty");
        }
        String target = "claims export " + from + " to " + to + " (" + claims + " claims)";
        List<UUID> patients = jdbc.sql("SELECT DISTINCT c.patient_id FROM billing_claims c" + WHERE)
                .params(from, to).query(UUID.class).list();
        patients.forEach(patient -> audit.record(actor, patient, AuditAction.EXPORT, target));
        return claims;
    }

    /** How many claims wait for review (they are left out of every export until settled). */
    public int waitingForReview(CurrentUser actor) {
        access.require(actor, null, AuditAction.QUERY, "claims waiting for review");
        return jdbc.sql("SELECT COUNT(*) FROM billing_claims WHERE status = 'REVIEW'").query(Integer.class).single();
    }

    /** Writes the CSV (UTF-8, CRLF line ends, RFC 4180 quoting) to {@code out} as the rows arrive. */
    public void write(CurrentUser actor, LocalDate from, LocalDate to, OutputStream out) {
        access.require(actor, null, AuditAction.EXPORT, "claims export");
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16 * 1024);
        readOnly.executeWithoutResult(tx -> {
            try {
                writer.write(HEADER + "\r\n");
                cursor.query(ROWS, rs -> {
                    try {
                        row(rs, writer);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, from, to);
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void row(ResultSet rs, Writer out) throws SQLException, IOException {
        boolean procedure = "PROCEDURE".equals(rs.getString("kind"));
        String code = procedure ? rs.getString("code") : rs.getString("hcpcs");
        var diagnoses = Claims.codes(rs.getString("diagnoses"));
        var fields = new java.util.ArrayList<String>(List.of(rs.getString("session_id"),
                String.valueOf(rs.getObject("performed_on", LocalDate.class)), rs.getString("mrn"),
                rs.getString("family_name"), rs.getString("given_name"),
                String.valueOf(rs.getObject("date_of_birth", LocalDate.class)), rs.getString("sex"),
                rs.getString("clinician_id"), text(rs.getString("location_id")), procedure ? "PROCEDURE" : "DRUG",
                text(code), procedure ? String.valueOf(rs.getInt("units")) : "",
                procedure ? table.procedure(code).map(ProcedureCode::description).orElse("") : text(rs.getString("detail")),
                procedure ? "" : rs.getString("code"), procedure ? "" : plain(rs.getBigDecimal("amount_mg")),
                procedure ? "" : plain(rs.getBigDecimal("volume_ml")),
                procedure ? "ABCD".substring(0, Math.min(4, diagnoses.size())) : ""));
        for (int i = 0; i < DIAGNOSIS_COLUMNS; i++) {
            fields.add(i < diagnoses.size() ? diagnoses.get(i) : "");
        }
        fields.add(rs.getBoolean("reexport") ? "Y" : "N");
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(csv(fields.get(i)));
        }
        out.write("\r\n");
    }

    /**
     * One CSV field: quoted when it holds a comma, quote or line break; a leading {@code = + - @} is defused with
     * an apostrophe so that a spreadsheet never runs a name as a formula.
     */
    static String csv(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
