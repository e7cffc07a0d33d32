package org.tpiclinic.outcomes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.tpiclinic.outcomes.analysis.KaplanMeier;
import org.tpiclinic.outcomes.analysis.Thresholds;
import org.tpiclinic.outcomes.analysis.Wilson;

/**
 * The practice report as it was computed before the read model (commit 0f21e98): every breakdown by a join of
 * the sessions to their sites with sides removed at read time. Kept only as the reference the faster report must
 * equal, figure for figure, for any filter.
 */
final class LegacyPracticeReport {

    private LegacyPracticeReport() {
    }

    static PracticeReport build(JdbcClient jdbc, Thresholds t, PracticeFilter filter) {
        var where = new Where(filter);
        var totals = jdbc.sql("SELECT COUNT(DISTINCT s.patient_id), COUNT(*) FROM outcome_sessions s" + where.sql)
                .params(where.params).query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
        var afterSession = new ArrayList<PracticeReport.Rate>();
        var byNumber = rates(jdbc, "s.session_number", "", where, t);
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
                breakdown(jdbc, "region", "t.region", " JOIN (SELECT DISTINCT session_id, region FROM "
                        + "outcome_session_sites) t ON t.session_id = s.session_id", where, t),
                breakdown(jdbc, "muscle", "t.muscle", " JOIN (SELECT DISTINCT session_id, muscle FROM "
                        + "outcome_session_sites) t ON t.session_id = s.session_id", where, t),
                breakdown(jdbc, "technique", "CASE WHEN s.injectate THEN 'INJECTATE' ELSE 'DRY_NEEDLING' END", "",
                        where, t),
                breakdown(jdbc, "steroid", "CASE WHEN s.steroid THEN 'YES' ELSE 'NO' END", "", where, t),
                breakdown(jdbc, "clinician", "CAST(s.clinician_id AS VARCHAR(36))", "", where, t),
                breakdown(jdbc, "location", "COALESCE(CAST(s.location_id AS VARCHAR(36)), 'NONE')", "", where, t));
        return new PracticeReport(filter, t, afterSession, relief, reliefPatients, breakdowns, totals[0], totals[1]);
    }

    private static PracticeReport.Breakdown breakdown(JdbcClient jdbc, String dimension, String group, String join,
            Where where, Thresholds t) {
        return new PracticeReport.Breakdown(dimension, List.copyOf(rates(jdbc, group, join, where, t).values()));
    }

    private static Map<String, PracticeReport.Rate> rates(JdbcClient jdbc, String group, String join, Where where,
            Thresholds t) {
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
