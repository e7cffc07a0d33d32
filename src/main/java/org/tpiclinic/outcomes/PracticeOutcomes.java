package org.tpiclinic.outcomes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tpiclinic.audit.AuditAction;
import org.tpiclinic.audit.AuditLog;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.outcomes.analysis.Thresholds;
import org.tpiclinic.shared.ForbiddenException;

/**
 * The practice's own evidence, for clinicians and admins: responder rates after the 1st, 2nd and 3rd session
 * with 95 % Wilson intervals, the Kaplan-Meier curve of time until pain returns, and breakdowns. Every figure
 * comes from one pass over one row per session (its results, muscles and regions kept current as scores and
 * sessions arrive), so the page stays fast at 100,000 patients. Each report is audited as one QUERY (it names no
 * patient).
 */
@Service
@Transactional
public class PracticeOutcomes {

    private final JdbcTemplate stream;
    private final OutcomeRecords records;
    private final AuditLog audit;
    private final org.tpiclinic.assessment.Atlas atlas;

    PracticeOutcomes(DataSource dataSource, OutcomeRecords records, AuditLog audit,
            org.tpiclinic.assessment.Atlas atlas) {
        // Its own template so that only this query streams its rows in pages instead of holding them all.
        this.stream = new JdbcTemplate(dataSource);
        this.stream.setFetchSize(FETCH);
        this.atlas = atlas;
        this.records = records;
        this.audit = audit;
    }

    static final int FETCH = 5_000;

    public static boolean mayRead(CurrentUser actor) {
        return actor.role() == Role.CLINICIAN || actor.role() == Role.ADMIN;
    }

    public PracticeReport report(CurrentUser actor, PracticeFilter filter) {
        require(actor, AuditAction.QUERY);
        var report = build(filter);
        audit.record(actor, null, AuditAction.QUERY, "practice outcomes: " + filter.describe());
        return report;
    }

    /** The same report for a CSV download, audited as an EXPORT. */
    public PracticeReport export(CurrentUser actor, PracticeFilter filter) {
        require(actor, AuditAction.EXPORT);
        var report = build(filter);
        audit.record(actor, null, AuditAction.EXPORT, "practice outcomes CSV: " + filter.describe());
        return report;
    }

    /** The atlas's regions and muscles, for the filter's choices (from memory: no scan of the sessions). */
    public Map<String, List<String>> choices() {
        var muscles = atlas.muscles();
        return Map.of("region", muscles.stream().map(m -> m.region()).distinct().sorted().toList(),
                "muscle", muscles.stream().map(m -> m.code()).sorted().toList());
    }

    private void require(CurrentUser actor, AuditAction action) {
        if (!mayRead(actor)) {
            audit.recordDenied(actor, null, action, "practice outcomes");
            throw new ForbiddenException("The practice's outcomes are for clinicians and admins");
        }
    }

    /**
     * Reads the sessions the filter keeps once and adds up every figure as they stream past (see
     * {@link PracticeTally}): one scan, no join and no sort. Grouping in the database counted distinct patients
     * with a sort per breakdown, which took seconds at 100,000 patients (docs/benchmarks.md).
     */
    PracticeReport build(PracticeFilter filter) {
        Thresholds t = records.thresholds();
        var where = new Where(filter);
        var tally = new PracticeTally();
        stream.query("""
                SELECT s.patient_id, s.session_number, s.injectate, s.steroid, s.clinician_id, s.location_id,
                       s.responder, s.substantial, s.relief_days, s.relief_ended, s.muscles, s.regions
                FROM outcome_sessions s""" + where.sql, (java.sql.ResultSet rs) -> {
                    tally.add(new PracticeTally.Session(rs.getObject(1, UUID.class), rs.getInt(2), rs.getBoolean(3),
                            rs.getBoolean(4), rs.getObject(5, UUID.class), rs.getObject(6, UUID.class),
                            rs.getObject(7, Boolean.class), rs.getObject(8, Boolean.class),
                            rs.getObject(9, Integer.class), rs.getObject(10, Boolean.class), rs.getString(11),
                            rs.getString(12)));
                }, where.params.toArray());
        return tally.report(filter, t);
    }

    /** The filter as SQL over {@code outcome_sessions s}, with bound parameters only. */
    private static final class Where {
        final String sql;
        final List<Object> params = new ArrayList<>();

        Where(PracticeFilter f) {
            var sql = new StringBuilder(" WHERE s.session_number IS NOT NULL");
            if (f.region() != null) {
                sql.append(" AND EXISTS (SELECT 1 FROM outcome_session_sites r WHERE r.session_id = s.session_id"
                        + " AND r.region = ?)");
                params.add(f.region());
            }
            if (f.muscle() != null) {
                sql.append(" AND EXISTS (SELECT 1 FROM outcome_session_sites m WHERE m.session_id = s.session_id"
                        + " AND m.muscle = ?)");
                params.add(f.muscle());
            }
            if ("INJECTATE".equals(f.technique())) {
                sql.append(" AND s.injectate = TRUE");
            } else if ("DRY_NEEDLING".equals(f.technique())) {
                sql.append(" AND s.injectate = FALSE");
            }
            if (f.steroid() != null) {
                sql.append(" AND s.steroid = ?");
                params.add(f.steroid());
            }
            add(sql, " AND s.clinician_id = ?", f.clinician());
            add(sql, " AND s.location_id = ?", f.location());
            add(sql, " AND s.performed_on >= ?", f.from());
            add(sql, " AND s.performed_on <= ?", f.to());
            this.sql = sql.toString();
        }

        private void add(StringBuilder sql, String clause, Object value) {
            if (value != null) {
                sql.append(clause);
                params.add(value);
            }
        }
    }

}
