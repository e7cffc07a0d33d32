package org.tpiclinic.outcomes;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tpiclinic.outcomes.analysis.PainCourse;
import org.tpiclinic.outcomes.analysis.PainScore;
import org.tpiclinic.outcomes.analysis.SessionMark;
import org.tpiclinic.outcomes.analysis.SessionResult;
import org.tpiclinic.outcomes.analysis.Thresholds;

/**
 * Reads and writes responses, sessions and their results (plain SQL: a response is written once and never
 * changed; a session's results are recomputed from the patient's scores).
 */
@Repository
class OutcomeRecords {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    OutcomeRecords(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    Thresholds thresholds() {
        var rows = new LinkedHashMap<String, BigDecimal>();
        jdbc.sql("SELECT code, amount FROM outcome_thresholds")
                .query((ResultSet rs) -> {
                    rows.put(rs.getString("code"), rs.getBigDecimal("amount"));
                });
        return Thresholds.of(rows);
    }

    List<ThresholdSource> thresholdSources() {
        return jdbc.sql("SELECT code, amount, unit, source, note FROM outcome_thresholds ORDER BY code")
                .query((rs, n) -> new ThresholdSource(rs.getString("code"), rs.getBigDecimal("amount"),
                        rs.getString("unit"), rs.getString("source"), rs.getString("note")))
                .list();
    }

    List<Instrument> instruments() {
        var options = new LinkedHashMap<String, List<Instrument.Option>>();
        jdbc.sql("SELECT instrument_code, item_code, answer, label FROM outcome_answer_options ORDER BY answer")
                .query((ResultSet rs) -> {
                    options.computeIfAbsent(rs.getString(1) + "." + rs.getString(2), k -> new ArrayList<>())
                            .add(new Instrument.Option(rs.getInt(3), rs.getString(4)));
                });
        var items = new LinkedHashMap<String, List<Instrument.Item>>();
        jdbc.sql("""
                SELECT instrument_code, item_code, position, text, min_value, max_value, required, named_by_patient
                FROM outcome_instrument_items ORDER BY instrument_code, position""")
                .query((ResultSet rs) -> {
                    String code = rs.getString(1);
                    items.computeIfAbsent(code, k -> new ArrayList<>()).add(new Instrument.Item(rs.getString(2),
                            rs.getInt(3), rs.getString(4), rs.getInt(5), rs.getInt(6), rs.getBoolean(7),
                            rs.getBoolean(8), options.getOrDefault(code + "." + rs.getString(2), List.of())));
                });
        return jdbc.sql("""
                SELECT code, name, loinc, scoring, better, min_score, max_score, at_baseline, at_follow_up, built_in,
                       source FROM outcome_instruments ORDER BY built_in DESC, created_at, code""")
                .query((rs, n) -> new Instrument(rs.getString(1), rs.getString(2), rs.getString(3),
                        Instrument.Scoring.valueOf(rs.getString(4)), rs.getString(5), rs.getBigDecimal(6),
                        rs.getBigDecimal(7), rs.getBoolean(8), rs.getBoolean(9), rs.getBoolean(10), rs.getString(11),
                        items.getOrDefault(rs.getString(1), List.of())))
                .list();
    }

    void insertInstrument(Instrument i, Instant now) {
        jdbc.sql("""
                INSERT INTO outcome_instruments (code, name, loinc, scoring, better, min_score, max_score, at_baseline,
                                                 at_follow_up, built_in, source, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?)""")
                .params(i.code(), i.name(), i.loinc(), i.scoring().name(), i.better(), i.minScore(), i.maxScore(),
                        i.atBaseline(), i.atFollowUp(), i.source(), utc(now))
                .update();
        for (var item : i.items()) {
            jdbc.sql("""
                    INSERT INTO outcome_instrument_items (instrument_code, item_code, position, text, min_value,
                                                          max_value, required, named_by_patient)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(i.code(), item.code(), item.position(), item.text(), item.min(), item.max(),
                            item.required(), item.namedByPatient())
                    .update();
            for (var option : item.options()) {
                jdbc.sql("INSERT INTO outcome_answer_options (instrument_code, item_code, answer, label) "
                        + "VALUES (?, ?, ?, ?)").params(i.code(), item.code(), option.value(), option.label()).update();
            }
        }
    }

    boolean hasResponse(String sourceKey) {
        return jdbc.sql("SELECT COUNT(*) FROM outcome_responses WHERE source_key = ?").param(sourceKey)
                .query(Long.class).single() > 0;
    }

    /** One response row and its answers. */
    record NewResponse(UUID patient, String instrument, Occasion occasion, UUID session, Instant at, LocalDate on,
            BigDecimal score, String sourceKey, String recordedBy, List<Instrument.Scored> answers) {
    }

    void insert(NewResponse r, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO outcome_responses (id, patient_id, instrument_code, occasion, session_id, observed_at,
                                               observed_on, score, source_key, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, r.patient(), r.instrument(), r.occasion().name(), r.session(), utc(r.at()), r.on(),
                        r.score(), r.sourceKey(), r.recordedBy(), utc(now))
                .update();
        if (!r.answers().isEmpty()) {
            batch.batchUpdate("INSERT INTO outcome_response_items (response_id, item_code, answer, label) "
                    + "VALUES (?, ?, ?, ?)", r.answers().stream()
                    .map(a -> new Object[] { id, a.item(), a.value(), a.label() }).toList());
        }
    }

    boolean hasSession(UUID session) {
        return jdbc.sql("SELECT COUNT(*) FROM outcome_sessions WHERE session_id = ?").param(session)
                .query(Long.class).single() > 0;
    }

    /** A session's facts as outcomes keeps them. {@code sites}: muscle, side, region per treated muscle. */
    record NewSession(UUID session, UUID patient, UUID clinician, UUID location, LocalDate on, Instant signedAt,
            boolean injectate, boolean dryNeedling, boolean steroid, String agents, List<String[]> sites) {
    }

    void insert(NewSession s) {
        String[] codes = codes(s.sites());
        jdbc.sql("""
                INSERT INTO outcome_sessions (session_id, patient_id, clinician_id, location_id, performed_on,
                                              signed_at, injectate, dry_needling, steroid, agents, muscles, regions)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(s.session(), s.patient(), s.clinician(), s.location(), s.on(), utc(s.signedAt()),
                        s.injectate(), s.dryNeedling(), s.steroid(), s.agents(), codes[0], codes[1])
                .update();
        batch.batchUpdate("INSERT INTO outcome_session_sites (session_id, muscle, side, region) VALUES (?, ?, ?, ?)",
                s.sites().stream().map(site -> new Object[] { s.session(), site[0], site[1], site[2] }).toList());
    }

    /**
     * The codes of the muscles and of the regions among a session's sites ({@code muscle, side, region} each),
     * each once, sorted and comma-separated, as {@code outcome_sessions.muscles} and {@code regions} keep them.
     */
    static String[] codes(List<String[]> sites) {
        var muscles = new java.util.TreeSet<String>();
        var regions = new java.util.TreeSet<String>();
        for (String[] site : sites) {
            muscles.add(site[0]);
            regions.add(site[2]);
        }
        return new String[] { String.join(",", muscles), String.join(",", regions) };
    }

    /**
     * Sets every session's muscles and regions again from its sites: the same values whatever was there before,
     * so running it twice changes nothing.
     */
    void rebuildSiteCodes() {
        jdbc.sql("""
                UPDATE outcome_sessions SET
                    muscles = (SELECT STRING_AGG(DISTINCT t.muscle, ',' ORDER BY t.muscle) FROM outcome_session_sites t
                               WHERE t.session_id = outcome_sessions.session_id),
                    regions = (SELECT STRING_AGG(DISTINCT t.region, ',' ORDER BY t.region) FROM outcome_session_sites t
                               WHERE t.session_id = outcome_sessions.session_id)""").update();
    }

    List<PainScore> pain(UUID patient) {
        return jdbc.sql("""
                SELECT observed_on, observed_at, occasion, session_id, score FROM outcome_responses
                WHERE patient_id = ? AND instrument_code = 'PAIN_NRS' ORDER BY observed_on, observed_at""")
                .param(patient)
                .query((rs, n) -> new PainScore(rs.getObject(1, LocalDate.class),
                        rs.getObject(2, OffsetDateTime.class).toInstant(), Occasion.valueOf(rs.getString(3)),
                        rs.getObject(4, UUID.class), rs.getBigDecimal(5)))
                .list();
    }

    /** Every score of the patient with its instrument, for the chart's table and the function line. */
    List<ScoreEntry> scores(UUID patient) {
        return jdbc.sql("""
                SELECT r.instrument_code, r.observed_on, r.occasion, r.score, r.recorded_by FROM outcome_responses r
                WHERE r.patient_id = ? ORDER BY r.observed_on, r.observed_at, r.instrument_code""")
                .param(patient)
                .query((rs, n) -> new ScoreEntry(rs.getString(1), rs.getObject(2, LocalDate.class),
                        Occasion.valueOf(rs.getString(3)), rs.getBigDecimal(4), rs.getString(5)))
                .list();
    }

    List<SessionMark> sessionMarks(UUID patient) {
        return jdbc.sql("SELECT session_id, performed_on FROM outcome_sessions WHERE patient_id = ? "
                + "ORDER BY performed_on, signed_at")
                .param(patient)
                .query((rs, n) -> new SessionMark(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class)))
                .list();
    }

    /** Sessions with what was given and where, oldest first. */
    List<SessionFacts> sessions(UUID patient) {
        var muscles = new LinkedHashMap<UUID, List<String>>();
        jdbc.sql("""
                SELECT s.session_id, t.muscle, t.side FROM outcome_session_sites t
                JOIN outcome_sessions s ON s.session_id = t.session_id WHERE s.patient_id = ?
                ORDER BY t.muscle, t.side""")
                .param(patient)
                .query((ResultSet rs) -> {
                    muscles.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(rs.getString(2) + "_" + ("LEFT".equals(rs.getString(3)) ? "L" : "R"));
                });
        return jdbc.sql("""
                SELECT session_id, performed_on, clinician_id, location_id, injectate, dry_needling, steroid, agents
                FROM outcome_sessions WHERE patient_id = ? ORDER BY performed_on, signed_at""")
                .param(patient)
                .query((rs, n) -> new SessionFacts(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), rs.getBoolean(5), rs.getBoolean(6),
                        rs.getBoolean(7), rs.getString(8), muscles.getOrDefault(rs.getObject(1, UUID.class),
                                List.of())))
                .list();
    }

    /**
     * Everything a patient's outcome page needs, in three queries (responses, sessions with their sites,
     * thresholds with their sources) instead of one per part: the same lists as {@link #pain}, {@link #scores},
     * {@link #sessionMarks}, {@link #sessions}, {@link #thresholds} and {@link #thresholdSources} return.
     */
    record PatientRows(List<PainScore> pain, List<ScoreEntry> scores, List<SessionMark> marks,
            List<SessionFacts> sessions, Thresholds thresholds, List<ThresholdSource> sources) {
    }

    PatientRows patientRows(UUID patient) {
        var pain = new ArrayList<PainScore>();
        var scores = jdbc.sql("""
                SELECT instrument_code, observed_on, observed_at, occasion, session_id, score, recorded_by
                FROM outcome_responses WHERE patient_id = ? ORDER BY observed_on, observed_at, instrument_code""")
                .param(patient)
                .query((rs, n) -> {
                    var entry = new ScoreEntry(rs.getString(1), rs.getObject(2, LocalDate.class),
                            Occasion.valueOf(rs.getString(4)), rs.getBigDecimal(6), rs.getString(7));
                    if (Instrument.PAIN.equals(entry.instrument())) {
                        pain.add(new PainScore(entry.on(), rs.getObject(3, OffsetDateTime.class).toInstant(),
                                entry.occasion(), rs.getObject(5, UUID.class), entry.score()));
                    }
                    return entry;
                })
                .list();
        var sessions = sessionsWithSites(patient);
        var sources = thresholdSources();
        var amounts = new LinkedHashMap<String, BigDecimal>();
        sources.forEach(source -> amounts.put(source.code(), source.amount()));
        return new PatientRows(pain, scores, sessions.stream().map(f -> new SessionMark(f.id(), f.on())).toList(),
                sessions, Thresholds.of(amounts), sources);
    }

    /** {@link #sessions} in one query: each session's row once per site (sites sorted as there). */
    private List<SessionFacts> sessionsWithSites(UUID patient) {
        var facts = new LinkedHashMap<UUID, SessionFacts>();
        jdbc.sql("""
                SELECT s.session_id, s.performed_on, s.clinician_id, s.location_id, s.injectate, s.dry_needling,
                       s.steroid, s.agents, t.muscle, t.side
                FROM outcome_sessions s LEFT JOIN outcome_session_sites t ON t.session_id = s.session_id
                WHERE s.patient_id = ? ORDER BY s.performed_on, s.signed_at, s.session_id, t.muscle, t.side""")
                .param(patient)
                .query((ResultSet rs) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    var f = facts.get(id);
                    if (f == null) {
                        f = new SessionFacts(id, rs.getObject(2, LocalDate.class), rs.getObject(3, UUID.class),
                                rs.getObject(4, UUID.class), rs.getBoolean(5), rs.getBoolean(6), rs.getBoolean(7),
                                rs.getString(8), new ArrayList<>());
                        facts.put(id, f);
                    }
                    if (rs.getString(9) != null) {
                        f.sites().add(rs.getString(9) + "_" + ("LEFT".equals(rs.getString(10)) ? "L" : "R"));
                    }
                });
        return facts.values().stream().map(f -> new SessionFacts(f.id(), f.on(), f.clinician(), f.location(),
                f.injectate(), f.dryNeedling(), f.steroid(), f.agents(), List.copyOf(f.sites()))).toList();
    }

    /** Holds the patient's session rows until commit, so two recomputations for one patient run one at a time. */
    void lockSessions(UUID patient) {
        jdbc.sql("SELECT session_id FROM outcome_sessions WHERE patient_id = ? FOR UPDATE").param(patient)
                .query(UUID.class).list();
    }

    void storeResults(PainCourse.Summary course) {
        if (course.sessions().isEmpty()) {
            return;
        }
        BigDecimal baseline = course.baseline() == null ? null : course.baseline().value();
        batch.batchUpdate("""
                UPDATE outcome_sessions SET session_number = ?, baseline = ?, response = ?, responder = ?,
                       substantial = ?, relief_days = ?, relief_ended = ? WHERE session_id = ?""",
                course.sessions().stream().map((SessionResult r) -> new Object[] { r.number(), baseline,
                        r.response(), r.responder(), r.substantial(), r.reliefDays(), r.reliefEnded(), r.session() })
                        .toList());
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

}
