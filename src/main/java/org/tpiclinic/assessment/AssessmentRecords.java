package org.tpiclinic.assessment;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes drawings and findings (plain SQL: a drawing and its marks are written once, never changed). */
@Repository
class AssessmentRecords {

    private final JdbcClient jdbc;

    AssessmentRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(PainDrawing drawing) {
        jdbc.sql("""
                INSERT INTO pain_drawings (id, patient_id, visit_date, drawn_by, drawn_by_role, drawn_at, note)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(drawing.id(), drawing.patientId(), drawing.visitDate(), drawing.drawnBy(),
                        drawing.drawnByRole(), utc(drawing.drawnAt()), drawing.note())
                .update();
        int position = 0;
        for (ZoneMark mark : drawing.marks()) {
            jdbc.sql("""
                    INSERT INTO pain_drawing_marks (drawing_id, position, zone_code, intensity, quality)
                    VALUES (?, ?, ?, ?, ?)""")
                    .params(drawing.id(), position++, mark.zone(), mark.intensity(),
                            mark.quality() == null ? null : mark.quality().name())
                    .update();
        }
    }

    /** The patient's drawings, newest first. */
    List<PainDrawing> drawings(UUID patientId) {
        var drawings = new LinkedHashMap<UUID, PainDrawing>();
        jdbc.sql("""
                SELECT id, patient_id, visit_date, drawn_by, drawn_by_role, drawn_at, note FROM pain_drawings
                WHERE patient_id = ? ORDER BY visit_date DESC, drawn_at DESC""")
                .param(patientId)
                .query((rs, n) -> new PainDrawing(rs.getObject("id", UUID.class), patientId,
                        rs.getObject("visit_date", LocalDate.class), rs.getString("drawn_by"),
                        rs.getString("drawn_by_role"), rs.getObject("drawn_at", OffsetDateTime.class).toInstant(),
                        rs.getString("note"), new ArrayList<>()))
                .list().forEach(d -> drawings.put(d.id(), d));
        if (drawings.isEmpty()) {
            return List.of();
        }
        jdbc.sql("""
                SELECT m.drawing_id, m.zone_code, m.intensity, m.quality FROM pain_drawing_marks m
                JOIN pain_drawings d ON d.id = m.drawing_id WHERE d.patient_id = ? ORDER BY m.drawing_id, m.position""")
                .param(patientId)
                .query((ResultSet rs) -> {
                    String quality = rs.getString("quality");
                    drawings.get(rs.getObject("drawing_id", UUID.class)).marks().add(new ZoneMark(
                            rs.getString("zone_code"), rs.getInt("intensity"),
                            quality == null ? null : PainQuality.valueOf(quality)));
                });
        return drawings.values().stream().map(d -> new PainDrawing(d.id(), d.patientId(), d.visitDate(),
                d.drawnBy(), d.drawnByRole(), d.drawnAt(), d.note(), List.copyOf(d.marks()))).toList();
    }

    void insert(TriggerPointFinding f, String zone) {
        jdbc.sql("""
                INSERT INTO trigger_point_findings (id, patient_id, visit_date, muscle, side, chart_view, x, y,
                    zone_code, active, taut_band, twitch_response, jump_sign, reproduces_pain, note, carried_over,
                    recorded_at, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(f.id(), f.patientId(), f.visitDate(), f.muscle(), f.side().name(), f.view().name(),
                        BigDecimal.valueOf(f.x()), BigDecimal.valueOf(f.y()), zone, f.active(), f.tautBand(),
                        f.twitchResponse(), f.jumpSign(), f.reproducesPain(), f.note(), f.carriedOver(),
                        utc(f.recordedAt()), f.recordedBy())
                .update();
    }

    /** The patient's findings, newest visit first, in the order recorded within a visit. */
    List<TriggerPointFinding> findings(UUID patientId) {
        return jdbc.sql("SELECT * FROM trigger_point_findings WHERE patient_id = ? ORDER BY visit_date DESC, recorded_at, id")
                .param(patientId).query((rs, n) -> finding(rs)).list();
    }

    Optional<LocalDate> latestFindingVisitBefore(UUID patientId, LocalDate visit) {
        return jdbc.sql("SELECT MAX(visit_date) FROM trigger_point_findings WHERE patient_id = ? AND visit_date < ?")
                .params(patientId, visit).query(LocalDate.class).optional();
    }

    List<UUID> patientsWithFindingsIn(String muscle, int limit) {
        return jdbc.sql("SELECT DISTINCT patient_id FROM trigger_point_findings WHERE muscle = ? ORDER BY patient_id "
                + "FETCH FIRST " + limit + " ROWS ONLY").param(muscle).query(UUID.class).list();
    }

    List<UUID> patientsWithFindingsIn(String muscle, long offset, int limit) {
        return jdbc.sql("SELECT DISTINCT patient_id FROM trigger_point_findings WHERE muscle = ? ORDER BY patient_id "
                + "OFFSET ? ROWS FETCH FIRST ? ROWS ONLY").params(muscle, offset, limit).query(UUID.class).list();
    }

    List<UUID> patientsWithFindingsInZone(String zone, long offset, int limit) {
        return jdbc.sql("SELECT DISTINCT patient_id FROM trigger_point_findings WHERE zone_code = ? "
                + "ORDER BY patient_id OFFSET ? ROWS FETCH FIRST ? ROWS ONLY").params(zone, offset, limit)
                .query(UUID.class).list();
    }

    List<TriggerPointFinding> findingsInZone(String zone, long offset, int limit) {
        return jdbc.sql("SELECT * FROM trigger_point_findings WHERE zone_code = ? ORDER BY patient_id, "
                + "visit_date DESC, id OFFSET ? ROWS FETCH FIRST ? ROWS ONLY").params(zone, offset, limit)
                .query((rs, n) -> finding(rs)).list();
    }

    List<TriggerPointFinding> findingsInZone(String zone, int limit) {
        return jdbc.sql("SELECT * FROM trigger_point_findings WHERE zone_code = ? ORDER BY patient_id, visit_date DESC "
                + "FETCH FIRST " + limit + " ROWS ONLY").param(zone).query((rs, n) -> finding(rs)).list();
    }

    Map<String, Long> counts() {
        var counts = new LinkedHashMap<String, Long>();
        counts.put("drawings", jdbc.sql("SELECT COUNT(*) FROM pain_drawings").query(Long.class).single());
        counts.put("findings", jdbc.sql("SELECT COUNT(*) FROM trigger_point_findings").query(Long.class).single());
        return counts;
    }

    private static TriggerPointFinding finding(ResultSet rs) throws SQLException {
        return new TriggerPointFinding(rs.getObject("id", UUID.class), rs.getObject("patient_id", UUID.class),
                rs.getObject("visit_date", LocalDate.class), rs.getString("muscle"), Side.valueOf(rs.getString("side")),
                ChartView.valueOf(rs.getString("chart_view")), rs.getBigDecimal("x").doubleValue(),
                rs.getBigDecimal("y").doubleValue(), rs.getBoolean("active"), rs.getBoolean("taut_band"),
                rs.getBoolean("twitch_response"), rs.getBoolean("jump_sign"), rs.getBoolean("reproduces_pain"),
                rs.getString("note"), rs.getBoolean("carried_over"),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("recorded_by"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
