package org.tpiclinic.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tpiclinic.scheduling.SchedulingFixture.DESK;
import static org.tpiclinic.scheduling.SchedulingFixture.FOLLOW_UP;
import static org.tpiclinic.scheduling.SchedulingFixture.key;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tpiclinic.shared.ClinicianId;
import org.tpiclinic.shared.LocationId;

/**
 * Bookings check the set-up kept in memory ({@link SetupCache}); these show it never answers from an old copy:
 * after a change through the application, after a change another node made (seen only in the database), and
 * after a change that was rolled back (H2 here; PostgreSQL in {@link SetupCachePostgresTests}).
 */
@SpringBootTest
@Import(SchedulingFixture.class)
class SetupCacheTests {

    @Autowired
    SchedulingFixture fixture;
    @Autowired
    Bookings bookings;
    @Autowired
    Availability availability;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    SchedulingFixture.Practice practice;
    UUID patient;

    @BeforeEach
    void practice() {
        practice = fixture.practice();
        patient = fixture.patient("Cached");
    }

    BookingRequest at(int days, LocalTime time) {
        return new BookingRequest(patient, practice.clinicianId(), practice.locationId(), FOLLOW_UP,
                fixture.at(days, time), key());
    }

    LocalDate day(int days) {
        return LocalDate.ofInstant(fixture.at(days, LocalTime.NOON), SchedulingFixture.ZONE);
    }

    @Test
    void timeOffAddedThroughTheApplicationIsRespectedByTheNextBooking() {
        bookings.book(DESK, at(3, LocalTime.of(9, 0))); // the copy in memory is loaded and in use

        availability.addException(new ScheduleException(UUID.randomUUID(), practice.clinicianId(), null,
                ScheduleException.Kind.TIME_OFF, day(4), LocalTime.of(8, 0), LocalTime.of(18, 0), "Conference"));

        assertThatThrownBy(() -> bookings.book(DESK, at(4, LocalTime.of(9, 0))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside");
    }

    @Test
    void aChangeAnotherNodeMadeIsSeenThroughTheRevisionInTheDatabase() {
        bookings.book(DESK, at(3, LocalTime.of(9, 0)));

        // What another node's Availability.addException writes, without this node's code knowing.
        jdbc.sql("""
                INSERT INTO schedule_exceptions (id, clinician_id, location_id, kind, on_date, start_time, end_time, note)
                VALUES (?, ?, NULL, 'TIME_OFF', ?, TIME '08:00:00', TIME '18:00:00', 'Away')""")
                .params(UUID.randomUUID(), practice.clinicianId(), day(5)).update();
        jdbc.sql("UPDATE setup_revision SET revision = nextval('setup_revision_seq') WHERE id = 1").update();

        assertThatThrownBy(() -> bookings.book(DESK, at(5, LocalTime.of(9, 0))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside");
    }

    @Test
    void hoursAddedInATransactionThatRolledBackDoNotLinger() {
        var evening = at(6, LocalTime.of(19, 0));
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            for (var day : java.time.DayOfWeek.values()) {
                availability.addHours(ClinicianId.of(practice.clinicianId()), LocationId.of(practice.locationId()), day, LocalTime.of(18, 0),
                        LocalTime.of(21, 0));
            }
            // Within the transaction the new hours count, so the copy in memory now holds them...
            bookings.book(DESK, evening);
            status.setRollbackOnly();
        });

        // ...and after the rollback it must not: the revision it was labelled with never committed.
        assertThatThrownBy(() -> bookings.book(DESK, at(6, LocalTime.of(19, 0))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM appointments WHERE clinician_id = ? AND start_at = ?")
                .params(practice.clinicianId(), evening.start().atOffset(java.time.ZoneOffset.UTC))
                .query(Long.class).single()).isZero();
    }
}
