package org.tpiclinic.scheduling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tpiclinic.shared.NotFoundException;

/**
 * Clinicians' hours: weekly hours per location, weekly breaks and one-day exceptions, all in the location's
 * local time. Changing hours never moves or cancels an appointment already booked.
 */
@Service
@Transactional
public class Availability {

    private final JdbcClient jdbc;
    private final Clinicians clinicians;
    private final Locations locations;
    private final SetupCache setup;

    Availability(JdbcClient jdbc, Clinicians clinicians, Locations locations, SetupCache setup) {
        this.jdbc = jdbc;
        this.clinicians = clinicians;
        this.locations = locations;
        this.setup = setup;
    }

    public WeeklyHours addHours(UUID clinicianId, UUID locationId, DayOfWeek day, LocalTime start, LocalTime end) {
        requireClinician(clinicianId);
        requireLocation(locationId);
        var hours = new WeeklyHours(UUID.randomUUID(), clinicianId, locationId, day, start, end);
        jdbc.sql("""
                INSERT INTO weekly_hours (id, clinician_id, location_id, day_of_week, start_time, end_time)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(hours.id(), clinicianId, locationId, day.getValue(), start, end).update();
        setup.changed();
        return hours;
    }

    public BreakTime addBreak(UUID clinicianId, DayOfWeek day, LocalTime start, LocalTime end) {
        requireClinician(clinicianId);
        var pause = new BreakTime(UUID.randomUUID(), clinicianId, day, start, end);
        jdbc.sql("INSERT INTO weekly_breaks (id, clinician_id, day_of_week, start_time, end_time) VALUES (?, ?, ?, ?, ?)")
                .params(pause.id(), clinicianId, day.getValue(), start, end).update();
        setup.changed();
        return pause;
    }

    public ScheduleException addException(ScheduleException e) {
        requireClinician(e.clinicianId());
        if (e.locationId() != null) {
            requireLocation(e.locationId());
        }
        jdbc.sql("""
                INSERT INTO schedule_exceptions (id, clinician_id, location_id, kind, on_date, start_time, end_time, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.id(), e.clinicianId(), e.locationId(), e.kind().name(), e.date(), e.start(), e.end(),
                        e.note())
                .update();
        setup.changed();
        return e;
    }

    /** Removes one weekly hours, break or exception row of the clinician. */
    public void remove(UUID clinicianId, UUID entryId) {
        int removed = 0;
        for (var table : List.of("weekly_hours", "weekly_breaks", "schedule_exceptions")) {
            removed += jdbc.sql("DELETE FROM " + table + " WHERE id = ? AND clinician_id = ?")
                    .params(entryId, clinicianId).update();
        }
        if (removed == 0) {
            throw new NotFoundException("The hours");
        }
        setup.changed();
    }

    @Transactional(readOnly = true)
    public List<WeeklyHours> hours(UUID clinicianId) {
        return jdbc.sql("SELECT * FROM weekly_hours WHERE clinician_id = ? ORDER BY day_of_week, start_time")
                .param(clinicianId).query(Availability::hoursRow).list();
    }

    @Transactional(readOnly = true)
    public List<BreakTime> breaks(UUID clinicianId) {
        return jdbc.sql("SELECT * FROM weekly_breaks WHERE clinician_id = ? ORDER BY day_of_week, start_time")
                .param(clinicianId).query(Availability::breakRow).list();
    }

    /** Exceptions on local dates {@code from} to {@code to}, inclusive. */
    @Transactional(readOnly = true)
    public List<ScheduleException> exceptions(UUID clinicianId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT * FROM schedule_exceptions WHERE clinician_id = ? AND on_date BETWEEN ? AND ?
                ORDER BY on_date, start_time""")
                .params(clinicianId, from, to).query(Availability::exceptionRow).list();
    }

    private void requireClinician(UUID clinicianId) {
        if (clinicianId == null || !clinicians.existsById(clinicianId)) {
            throw new NotFoundException("The clinician");
        }
    }

    private void requireLocation(UUID locationId) {
        if (locationId == null || !locations.existsById(locationId)) {
            throw new NotFoundException("The location");
        }
    }

    static WeeklyHours hoursRow(ResultSet rs, int n) throws SQLException {
        return new WeeklyHours(uuid(rs, "id"), uuid(rs, "clinician_id"), uuid(rs, "location_id"),
                DayOfWeek.of(rs.getInt("day_of_week")), time(rs, "start_time"), time(rs, "end_time"));
    }

    static BreakTime breakRow(ResultSet rs, int n) throws SQLException {
        return new BreakTime(uuid(rs, "id"), uuid(rs, "clinician_id"), DayOfWeek.of(rs.getInt("day_of_week")),
                time(rs, "start_time"), time(rs, "end_time"));
    }

    static ScheduleException exceptionRow(ResultSet rs, int n) throws SQLException {
        return new ScheduleException(uuid(rs, "id"), uuid(rs, "clinician_id"), uuid(rs, "location_id"),
                ScheduleException.Kind.valueOf(rs.getString("kind")), rs.getObject("on_date", LocalDate.class),
                time(rs, "start_time"), time(rs, "end_time"), rs.getString("note"));
    }

    private static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    private static LocalTime time(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalTime.class);
    }
}
