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
        // One pass for the totals and the patients with a relief time (the Kaplan-Meier curve's minimum group).
        var totals = jdbc.sql("SELECT COUNT(DISTINCT s.patient_id), COUNT(*), "
                + "COUNT(DISTINCT CASE WHEN s.relief_days IS NOT NULL THEN s.patient_id END) "
                + "FROM outcome_sessions s" + where.sql)
                .params(where.params).query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
                .single();
        var afterSession = new ArrayList<PracticeReport.Rate>();
        var byNumber = rates("s.session_number", where, t);
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
        int reliefPatients = (int) totals[2];
        var relief = reliefPatients >= t.minGroupPatients() ? KaplanMeier.fromCounts(counts) : null;
        var sites = siteRates(where, t);
        var breakdowns = List.of(
                breakdown("region", sites.getOrDefault("REGION", Map.of())),
                breakdown("muscle", sites.getOrDefault("MUSCLE", Map.of())),
                breakdown("technique", rates("CASE WHEN s.injectate THEN 'INJECTATE' ELSE 'DRY_NEEDLING' END", where,
                        t)),
                breakdown("steroid", rates("CASE WHEN s.steroid THEN 'YES' ELSE 'NO' END", where, t)),
                breakdown("clinician", rates("CAST(s.clinician_id AS VARCHAR(36))", where, t)),
                breakdown("location", rates("COALESCE(CAST(s.location_id AS VARCHAR(36)), 'NONE')", where, t)));
        return new PracticeReport(filter, t, afterSession, relief, reliefPatients, breakdowns, totals[0], totals[1]);
    }

    private static PracticeReport.Breakdown breakdown(String dimension, Map<String, PracticeReport.Rate> rates) {
        return new PracticeReport.Breakdown(dimension, List.copyOf(rates.values()));
    }

    private static final String COUNTS = "COUNT(DISTINCT s.patient_id), COUNT(*), "
            + "SUM(CASE WHEN s.responder IS NULL THEN 0 ELSE 1 END), "
            + "SUM(CASE WHEN s.responder THEN 1 ELSE 0 END), SUM(CASE WHEN s.substantial THEN 1 ELSE 0 END)";

    /** Responder counts per group of one session column over sessions with a result. */
    private Map<String, PracticeReport.Rate> rates(String group, Where where, Thresholds t) {
        var rates = new LinkedHashMap<String, PracticeReport.Rate>();
        jdbc.sql("SELECT " + group + " AS g, " + COUNTS + " FROM outcome_sessions s" + where.sql + " GROUP BY "
                + group + " ORDER BY 1")
                .params(where.params)
                .query((java.sql.ResultSet rs) -> {
                    var rate = rate(rs, 1, t);
                    if (rate != null) {
                        rates.put(rate.group(), rate);
                    }
                });
        return rates;
    }

    /**
     * The same per muscle and per region, in one pass over the read model (one row per session and muscle or
     * region, results copied onto it): keyed by MUSCLE and REGION.
     */
    private Map<String, Map<String, PracticeReport.Rate>> siteRates(Where where, Thresholds t) {
        var rates = new LinkedHashMap<String, Map<String, PracticeReport.Rate>>();
        jdbc.sql("SELECT s.dimension, s.group_code, " + COUNTS + " FROM outcome_session_groups s" + where.sql
                + " GROUP BY s.dimension, s.group_code ORDER BY 1, 2")
                .params(where.params)
                .query((java.sql.ResultSet rs) -> {
                    var rate = rate(rs, 2, t);
                    if (rate != null) {
                        rates.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rate.group(), rate);
                    }
                });
        return rates;
    }

    /** One group's rate from the columns at {@code at} (group, patients, sessions, evaluable, responders, substantial); small groups are hidden. */
    private static PracticeReport.Rate rate(java.sql.ResultSet rs, int at, Thresholds t) throws java.sql.SQLException {
        String g = rs.getString(at);
        if (g == null) {
            return null;
        }
        long patients = rs.getLong(at + 1);
        int evaluable = rs.getInt(at + 3);
        return patients >= t.minGroupPatients()
                ? new PracticeReport.Rate(g, g, true, patients, rs.getLong(at + 2), evaluable,
                        Wilson.of(rs.getInt(at + 4), evaluable), Wilson.of(rs.getInt(at + 5), evaluable))
                : new PracticeReport.Rate(g, g, false, patients, 0, 0, null, null);
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
