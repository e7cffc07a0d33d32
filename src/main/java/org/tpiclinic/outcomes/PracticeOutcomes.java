package org.tpiclinic.outcomes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tpiclinic.audit.AuditAction;
import org.tpiclinic.audit.AuditLog;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.outcomes.analysis.KaplanMeier;
import org.tpiclinic.outcomes.analysis.Thresholds;
import org.tpiclinic.outcomes.analysis.Wilson;
import org.tpiclinic.shared.ForbiddenException;

/**
 * The practice's own evidence, for clinicians and admins: responder rates after the 1st, 2nd and 3rd session
 * with 95 % Wilson intervals, the Kaplan-Meier curve of time until pain returns, and breakdowns. Aggregates run
 * in the database over one row per session (results kept current as scores arrive), so the page stays fast at
 * 100,000 patients. Each report is audited as one QUERY (it names no patient).
 */
@Service
@Transactional
public class PracticeOutcomes {

    private final JdbcClient jdbc;
    private final OutcomeRecords records;
    private final AuditLog audit;
    private final org.tpiclinic.assessment.Atlas atlas;

    PracticeOutcomes(JdbcClient jdbc, OutcomeRecords records, AuditLog audit, org.tpiclinic.assessment.Atlas atlas) {
        this.atlas = atlas;
        this.jdbc = jdbc;
        this.records = records;
        this.audit = audit;
    }

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

    PracticeReport build(PracticeFilter filter) {
        Thresholds t = records.thresholds();
        var where = new Where(filter);
        var totals = jdbc.sql("SELECT COUNT(DISTINCT s.patient_id), COUNT(*) FROM outcome_sessions s" + where.sql)
                .params(where.params).query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
        var afterSession = new ArrayList<PracticeReport.Rate>();
        var byNumber = rates("s.session_number", "", where, t);
        for (int n = 1; n <= 3; n++) {
            var rate = byNumber.get(String.valueOf(n));
            afterSession.add(rate != null ? rate
                    : new PracticeReport.Rate(String.valueOf(n), String.valueOf(n), false, 0, 0, 0, null, null));
        }
        var counts = new LinkedHashMap<Integer, int[]>();
        jdbc.sql("SELECT s.relief_days, SUM(CASE WHEN s.relief_ended THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN s.relief_ended THEN 0 ELSE 1 END) FROM outcome_sessions s" + where.sql
                + " AND s.relief_days IS NOT NULL GROUP BY s.relief_days")
                .params(where.params)
                .query((java.sql.ResultSet rs) -> {
                    counts.put(rs.getInt(1), new int[] { rs.getInt(2), rs.getInt(3) });
                });
        int reliefPatients = jdbc.sql("SELECT COUNT(DISTINCT s.patient_id) FROM outcome_sessions s" + where.sql
                + " AND s.relief_days IS NOT NULL").params(where.params).query(Integer.class).single();
        var relief = reliefPatients >= t.minGroupPatients() ? KaplanMeier.fromCounts(counts) : null;
        var breakdowns = List.of(
                breakdown("region", "t.region", " JOIN (SELECT DISTINCT session_id, region FROM outcome_session_sites)"
                        + " t ON t.session_id = s.session_id", where, t),
                breakdown("muscle", "t.muscle", " JOIN (SELECT DISTINCT session_id, muscle FROM outcome_session_sites)"
                        + " t ON t.session_id = s.session_id", where, t),
                breakdown("technique", "CASE WHEN s.injectate THEN 'INJECTATE' ELSE 'DRY_NEEDLING' END", "", where, t),
                breakdown("steroid", "CASE WHEN s.steroid THEN 'YES' ELSE 'NO' END", "", where, t),
                breakdown("clinician", "CAST(s.clinician_id AS VARCHAR(36))", "", where, t),
                breakdown("location", "COALESCE(CAST(s.location_id AS VARCHAR(36)), 'NONE')", "", where, t));
        return new PracticeReport(filter, t, afterSession, relief, reliefPatients, breakdowns, totals[0], totals[1]);
    }

    private PracticeReport.Breakdown breakdown(String dimension, String group, String join, Where where,
            Thresholds t) {
        return new PracticeReport.Breakdown(dimension, List.copyOf(rates(group, join, where, t).values()));
    }

    /** Responder counts per group over sessions with a result; groups of too few patients are hidden. */
    private Map<String, PracticeReport.Rate> rates(String group, String join, Where where, Thresholds t) {
        var rates = new LinkedHashMap<String, PracticeReport.Rate>();
        jdbc.sql("SELECT " + group + " AS g, COUNT(DISTINCT s.patient_id), COUNT(*), "
                + "SUM(CASE WHEN s.responder IS NULL THEN 0 ELSE 1 END), "
                + "SUM(CASE WHEN s.responder THEN 1 ELSE 0 END), SUM(CASE WHEN s.substantial THEN 1 ELSE 0 END) "
                + "FROM outcome_sessions s" + join + where.sql + " GROUP BY " + group + " ORDER BY 1")
                .params(where.params)
                .query((java.sql.ResultSet rs) -> {
                    String g = rs.getString(1);
                    if (g == null) {
                        return;
                    }
                    long patients = rs.getLong(2);
                    int evaluable = rs.getInt(4);
                    boolean shown = patients >= t.minGroupPatients();
                    rates.put(g, shown
                            ? new PracticeReport.Rate(g, g, true, patients, rs.getLong(3), evaluable,
                                    Wilson.of(rs.getInt(5), evaluable), Wilson.of(rs.getInt(6), evaluable))
                            : new PracticeReport.Rate(g, g, false, patients, 0, 0, null, null));
                });
        return rates;
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
