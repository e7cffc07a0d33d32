package org.tpiclinic.outcomes;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tpiclinic.assessment.Atlas;
import org.tpiclinic.outcomes.analysis.PainCourse;
import org.tpiclinic.outcomes.analysis.PainScore;
import org.tpiclinic.outcomes.analysis.SessionMark;

/**
 * Loads sessions and scores in bulk, straight into outcomes' tables, for the demo practice and the benchmark
 * data (signed demo sessions may not exist); then {@link #recomputeAll()} derives every session's results. Not
 * for patient-entered data: that goes through {@link Outcomes}, checked and audited.
 */
@Service
@Transactional
public class OutcomeLoader {

    static final int BATCH = 2_000;

    private final JdbcTemplate jdbc;
    private final OutcomeRecords records;
    private final Atlas atlas;

    OutcomeLoader(JdbcTemplate jdbc, OutcomeRecords records, Atlas atlas) {
        this.jdbc = jdbc;
        this.records = records;
        this.atlas = atlas;
    }

    /** A session's facts; {@code sites} are body-site codes ({@code UPPER_TRAPEZIUS_L}). */
    public record SessionRow(UUID session, UUID patient, UUID clinician, UUID location, LocalDate on,
            boolean injectate, boolean steroid, String agents, List<String> sites) {
    }

    /** One score; {@code key} must be unique per instrument (it is the questionnaire's source). */
    public record ScoreRow(UUID patient, String instrument, Occasion occasion, UUID session, LocalDate on,
            BigDecimal score, String key) {
    }

    public void load(List<SessionRow> sessions, List<ScoreRow> scores) {
        var sessionArgs = new ArrayList<Object[]>();
        var siteArgs = new ArrayList<Object[]>();
        for (var s : sessions) {
            var sites = new ArrayList<String[]>();
            for (String code : s.sites()) {
                var site = atlas.site(code).orElseThrow(() -> new IllegalArgumentException("No body site " + code));
                String region = atlas.muscle(site.muscle()).map(m -> m.region()).orElse("OTHER");
                siteArgs.add(new Object[] { s.session(), site.muscle(), site.side().name(), region });
                sites.add(new String[] { site.muscle(), site.side().name(), region });
            }
            String[] codes = OutcomeRecords.codes(sites);
            sessionArgs.add(new Object[] { s.session(), s.patient(), s.clinician(), s.location(), s.on(),
                    s.on().atTime(15, 0).atOffset(ZoneOffset.UTC), s.injectate(), !s.injectate(), s.steroid(),
                    s.agents(), codes[0], codes[1] });
        }
        batch("""
                INSERT INTO outcome_sessions (session_id, patient_id, clinician_id, location_id, performed_on,
                                              signed_at, injectate, dry_needling, steroid, agents, muscles, regions)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", sessionArgs);
        batch("INSERT INTO outcome_session_sites (session_id, muscle, side, region) VALUES (?, ?, ?, ?)", siteArgs);
        var now = java.time.OffsetDateTime.now(ZoneOffset.UTC);
        var scoreArgs = new ArrayList<Object[]>();
        for (var s : scores) {
            scoreArgs.add(new Object[] { UUID.randomUUID(), s.patient(), s.instrument(), s.occasion().name(),
                    s.session(), s.on().atTime(s.occasion() == Occasion.POST_SESSION ? 16 : 12, 0)
                            .atOffset(ZoneOffset.UTC), s.on(), s.score(), s.key(), "loader", now });
        }
        batch("""
                INSERT INTO outcome_responses (id, patient_id, instrument_code, occasion, session_id, observed_at,
                                               observed_on, score, source_key, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", scoreArgs);
    }

    /**
     * Derives the stored results of every session from the scores, and sets each session's muscles and regions
     * again from its sites; returns how many patients were computed. Idempotent.
     */
    public int recomputeAll() {
        var thresholds = records.thresholds();
        Map<UUID, List<SessionMark>> sessions = new HashMap<>();
        jdbc.query("SELECT patient_id, session_id, performed_on FROM outcome_sessions ORDER BY performed_on",
                (ResultSet rs) -> {
                    sessions.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new SessionMark(rs.getObject(2, UUID.class), rs.getObject(3, LocalDate.class)));
                });
        Map<UUID, List<PainScore>> pain = new HashMap<>();
        jdbc.query("""
                SELECT patient_id, observed_on, observed_at, occasion, session_id, score FROM outcome_responses
                WHERE instrument_code = 'PAIN_NRS'""", (ResultSet rs) -> {
            UUID patient = rs.getObject(1, UUID.class);
            if (sessions.containsKey(patient)) {
                pain.computeIfAbsent(patient, k -> new ArrayList<>()).add(new PainScore(
                        rs.getObject(2, LocalDate.class), rs.getObject(3, java.time.OffsetDateTime.class).toInstant(),
                        Occasion.valueOf(rs.getString(4)), rs.getObject(5, UUID.class), rs.getBigDecimal(6)));
            }
        });
        var updates = new ArrayList<Object[]>();
        for (var entry : sessions.entrySet()) {
            var course = PainCourse.of(pain.getOrDefault(entry.getKey(), List.of()), entry.getValue(), thresholds);
            BigDecimal baseline = course.baseline() == null ? null : course.baseline().value();
            for (var r : course.sessions()) {
                updates.add(new Object[] { r.number(), baseline, r.response(), r.responder(), r.substantial(),
                        r.reliefDays(), r.reliefEnded(), r.session() });
            }
        }
        batch("""
                UPDATE outcome_sessions SET session_number = ?, baseline = ?, response = ?, responder = ?,
                       substantial = ?, relief_days = ?, relief_ended = ? WHERE session_id = ?""", updates);
        records.rebuildSiteCodes();
        return sessions.size();
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int i = 0; i < rows.size(); i += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(i, Math.min(rows.size(), i + BATCH)));
        }
    }
}
