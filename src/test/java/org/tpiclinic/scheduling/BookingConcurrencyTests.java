package org.tpiclinic.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tpiclinic.scheduling.SchedulingFixture.DESK;
import static org.tpiclinic.scheduling.SchedulingFixture.FOLLOW_UP;
import static org.tpiclinic.scheduling.SchedulingFixture.NEW_PATIENT;
import static org.tpiclinic.scheduling.SchedulingFixture.key;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Fifty front desks press "Book" for overlapping times at once: exactly one booking wins. */
@SpringBootTest(properties = "spring.datasource.hikari.maximum-pool-size=20")
@Import(SchedulingFixture.class)
class BookingConcurrencyTests {

    static final int THREADS = 50;

    @Autowired
    SchedulingFixture fixture;
    @Autowired
    Bookings bookings;
    @Autowired
    JdbcClient jdbc;

    record Outcome(Appointment won, SlotTakenException lost, Throwable other) {
    }

    List<Outcome> race(IntFunction<BookingRequest> requestOf) throws Exception {
        var requests = new ArrayList<BookingRequest>();
        for (int i = 0; i < THREADS; i++) {
            requests.add(requestOf.apply(i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            var ready = new CountDownLatch(THREADS);
            var go = new CountDownLatch(1);
            var futures = new ArrayList<Future<Outcome>>();
            for (var r : requests) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    try {
                        return new Outcome(bookings.book(DESK, r), null, null);
                    } catch (SlotTakenException lost) {
                        return new Outcome(null, lost, null);
                    } catch (Throwable other) {
                        return new Outcome(null, null, other);
                    }
                }));
            }
            ready.await();
            go.countDown();
            var outcomes = new ArrayList<Outcome>();
            for (var f : futures) {
                outcomes.add(f.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    long activeFor(String column, UUID id, Instant from, Instant to) {
        return jdbc.sql("SELECT COUNT(*) FROM appointments WHERE " + column + " = ? AND status <> 'CANCELLED'"
                + " AND start_at < ? AND end_at > ?")
                .params(id, to.atOffset(java.time.ZoneOffset.UTC), from.atOffset(java.time.ZoneOffset.UTC))
                .query(Long.class).single();
    }

    void assertExactlyOneWinner(List<Outcome> outcomes) {
        assertThat(outcomes).allMatch(o -> o.other() == null, "no error other than the conflict: "
                + outcomes.stream().filter(o -> o.other() != null).map(o -> String.valueOf(o.other())).toList());
        assertThat(outcomes).filteredOn(o -> o.won() != null).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o.lost() != null).hasSize(THREADS - 1)
                .allMatch(o -> o.lost().getMessage().contains("taken")
                        || o.lost().getMessage().contains("already has an appointment"));
    }

    @Test
    void fiftyBookingsOfOverlappingSlotsOfDifferentLengthsGiveOneAppointment() throws Exception {
        var practice = fixture.practice();
        var start = fixture.at(7, LocalTime.of(10, 0));
        var patients = new ArrayList<UUID>();
        for (int i = 0; i < THREADS; i++) {
            patients.add(fixture.patient("Racer" + i));
        }
        // 30-minute consultations at 10:00 and 10:15 and 15-minute follow-ups at 10:15: every pair overlaps.
        var outcomes = race(i -> new BookingRequest(patients.get(i), practice.clinicianId(), practice.locationId(),
                i % 3 == 0 ? FOLLOW_UP : NEW_PATIENT, start.plus(Duration.ofMinutes(i % 3 == 1 ? 0 : 15)), key()));
        assertExactlyOneWinner(outcomes);
        assertThat(activeFor("clinician_id", practice.clinicianId(), start, start.plus(Duration.ofHours(2))))
                .isEqualTo(1);
        assertThat(outcomes.stream().filter(o -> o.lost() != null).findFirst().orElseThrow().lost().alternatives())
                .isNotEmpty();
    }

    @Test
    void fiftyBookingsOfOnePatientWithDifferentCliniciansGiveOneAppointment() throws Exception {
        var patient = fixture.patient("Everywhere");
        var practices = new ArrayList<SchedulingFixture.Practice>();
        for (int i = 0; i < 5; i++) {
            practices.add(fixture.practice());
        }
        var start = fixture.at(8, LocalTime.of(13, 0));
        var outcomes = race(i -> {
            var p = practices.get(i % practices.size());
            return new BookingRequest(patient, p.clinicianId(), p.locationId(), FOLLOW_UP,
                    start, key());
        });
        assertExactlyOneWinner(outcomes);
        assertThat(activeFor("patient_id", patient, start, start.plus(Duration.ofHours(1)))).isEqualTo(1);
    }
}
