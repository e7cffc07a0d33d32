package org.tpiclinic.waitlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.tpiclinic.TestSmtp;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.notifications.OutboxTestDispatch;
import org.tpiclinic.scheduling.BookingRequest;
import org.tpiclinic.shared.AppointmentId;
import org.tpiclinic.shared.ClinicianId;
import org.tpiclinic.shared.LinkExpiredException;

/**
 * Offers of a freed time: to the earliest matching entries, by real email, first confirmation wins (also when two
 * confirm at the same instant), and what an expired or taken offer says.
 */
class FreedTimeOffersTests extends WaitlistTestSupport {

    @Test
    void aCancelledTimeIsOfferedToTheEarliestMatchingEntriesAndTheFirstToConfirmGetsIt() throws Exception {
        var start = at(3, LocalTime.of(10, 0));
        var mornings = List.of(new TimeWindow(Set.of(DayOfWeek.values()), LocalTime.of(8, 0), LocalTime.of(12, 0)));
        var afternoons = List.of(new TimeWindow(Set.of(DayOfWeek.values()), LocalTime.of(13, 0), LocalTime.of(17, 0)));
        var first = waiting(patient(family("First")), mornings);
        var notMatching = waiting(patient(family("Afternoon")), afternoons);
        var second = waiting(patient(family("Second")), List.of());
        var third = waiting(patient(family("Third")), mornings);

        OutboxTestDispatch.dispatchDue(context);
        greenMail.purgeEmailFromAllMailboxes();
        freeUp(start);
        var links = awaitOffers(2);
        assertThat(offeredEntries()).containsExactly(first, second); // earliest first, at most two
        assertThat(entryStatus(third)).isEqualTo("WAITING");
        assertThat(entryStatus(notMatching)).isEqualTo("WAITING");

        OutboxTestDispatch.dispatchDue(context);
        var firstEmail = jdbc.sql("SELECT email FROM patients WHERE id = (SELECT patient_id FROM waitlist_entries"
                + " WHERE id = ?)").param(first).query(String.class).single();
        long deadline = System.currentTimeMillis() + 5000;
        jakarta.mail.internet.MimeMessage offerMail = null;
        while (offerMail == null && System.currentTimeMillis() < deadline) {
            for (var m : greenMail.getReceivedMessages()) {
                if (m.getSubject().startsWith("A time is free for you")
                        && m.getAllRecipients()[0].toString().equals(firstEmail)) {
                    offerMail = m;
                }
            }
            Thread.sleep(50);
        }
        assertThat(offerMail).as("offer email to the first patient over SMTP").isNotNull();
        assertThat(TestSmtp.plainText(offerMail)).contains("http://localhost:8080" + links.get(0))
                .containsPattern("10:00 AM C[SD]T");

        var page = perform(get(links.get(0)));
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("Confirm this time").containsPattern("10:00 AM C[SD]T")
                .contains("America/Chicago");

        var confirmed = perform(post(links.get(0)).with(csrf()));
        var again = perform(post(links.get(0)).with(csrf())); // a double click
        assertThat(confirmed.getRedirectedUrl()).isEqualTo(links.get(0));
        assertThat(again.getRedirectedUrl()).isEqualTo(links.get(0));
        assertThat(bookedAt(start)).isEqualTo(1);
        assertThat(perform(get(links.get(0))).getContentAsString()).contains("Your appointment is booked");
        assertThat(entryStatus(first)).isEqualTo("BOOKED");

        var late = perform(post(links.get(1)).with(csrf()));
        assertThat(late.getStatus()).isEqualTo(409);
        assertThat(late.getContentAsString()).contains("This time was just taken").contains("still on the waitlist");
        assertThat(entryStatus(second)).isEqualTo("WAITING");
        assertThat(bookedAt(start)).isEqualTo(1);
    }

    @Test
    void aRescheduleFreesTheOldTimeAndAChosenClinicianOrLocationIsRespected() throws Exception {
        var start = at(4, LocalTime.of(9, 0));
        var holder = patient(family("Mover"));
        var elsewhere = waitlist.add(DESK, patient(family("Elsewhere")), new WaitlistRequest(type, null,
                fixture.emptyLocation(ZONE), List.of(),
                null, null, null)).id();
        var here = waitlist.add(DESK, patient(family("Here")), new WaitlistRequest(type, clinician, location,
                List.of(), null, null, null)).id();
        var booked = bookings.book(DESK, new BookingRequest(holder, clinician, location, type, start,
                UUID.randomUUID().toString()));
        bookings.reschedule(DESK, AppointmentId.of(booked.id()), null, at(5, LocalTime.of(9, 0)));
        awaitOffers(1);
        assertThat(offeredEntries()).containsExactly(here);
        assertThat(entryStatus(elsewhere)).isEqualTo("WAITING");
    }

    @Test
    void aRescheduleToAnotherClinicianOffersTheOldClinicianTimeAndTheDeskSeesTheOffer() throws Exception {
        var start = at(10, LocalTime.of(9, 30));
        var other = fixture.clinicianAt(location, "Other " + type, Set.of(type));
        var family = family("Swap");
        var entry = waiting(patient(family), List.of());
        var booked = bookings.book(DESK, new BookingRequest(patient(family("Holder")), clinician, location, type,
                start, UUID.randomUUID().toString()));
        bookings.reschedule(DESK, AppointmentId.of(booked.id()), ClinicianId.of(other), start); // same time, another clinician
        awaitOffers(1);
        var offer = jdbc.sql("SELECT clinician_id, start_at, expires_at FROM waitlist_offers WHERE entry_id = ?")
                .param(entry).query((rs, n) -> List.of(rs.getObject(1, UUID.class),
                        rs.getObject(2, java.time.OffsetDateTime.class).toInstant(),
                        rs.getObject(3, java.time.OffsetDateTime.class).toInstant())).single();
        assertThat(offer.subList(0, 2)).containsExactly(clinician, start);

        var until = java.time.format.DateTimeFormatter.ofPattern("EEE d MMM, h:mm a zzz", java.util.Locale.US)
                .format(((Instant) offer.get(2)).atZone(ZONE));
        var page = perform(get("/schedule/waitlist").with(user(ClinicUser.of(DESK))).param("typeId", type.toString()))
                .getContentAsString();
        assertThat(page).contains(family + ", Pat").contains("Offered a time").containsPattern("Offered \\w{3} \\d+ \\w{3} "
                + "\\d{4}, 9:30 AM C[SD]T, Dr\\. Wait ").contains("the offer is open until " + until);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE username = 'desk' AND target = ?")
                .param("waitlist offers (1 open)").query(Long.class).single()).isPositive();
    }

    @Test
    void twoPatientsConfirmingTheSameTimeAtOnceBookItExactlyOnce() throws Exception {
        var start = at(6, LocalTime.of(11, 0));
        var a = waiting(patient(family("RaceA")), List.of());
        var b = waiting(patient(family("RaceB")), List.of());
        freeUp(start);
        var tokens = awaitOffers(2).stream().map(l -> l.substring(l.lastIndexOf('/') + 1)).toList();

        var ready = new CountDownLatch(2);
        var go = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        var results = new ArrayList<Future<String>>();
        for (var token : tokens) {
            results.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                try {
                    return offers.confirm(token).status().name();
                } catch (OfferTakenException taken) {
                    return "TAKEN";
                }
            }));
        }
        ready.await();
        go.countDown();
        var outcomes = new ArrayList<String>();
        for (var r : results) {
            outcomes.add(r.get());
        }
        pool.shutdown();
        assertThat(outcomes).containsExactlyInAnyOrder("ACCEPTED", "TAKEN");
        assertThat(bookedAt(start)).isEqualTo(1);
        assertThat(List.of(entryStatus(a), entryStatus(b))).containsExactlyInAnyOrder("BOOKED", "WAITING");
    }

    @Test
    void anExpiredOfferSaysSoAndThePatientWaitsAgain() throws Exception {
        var start = at(7, LocalTime.of(14, 0));
        var entry = waiting(patient(family("Slow")), List.of());
        freeUp(start);
        var link = awaitOffers(1).get(0);
        jdbc.sql("UPDATE waitlist_offers SET expires_at = ? WHERE entry_id = ?")
                .params(clock.instant().minus(Duration.ofMinutes(1)).atOffset(ZoneOffset.UTC), entry).update();
        var gone = perform(get(link));
        assertThat(gone.getStatus()).isEqualTo(410);
        assertThat(gone.getContentAsString()).contains("This link no longer works").contains("You are still on the waitlist");
        assertThat(perform(post(link).with(csrf())).getStatus()).isEqualTo(410);
        assertThat(bookedAt(start)).isZero();
        sweepAfter(Duration.ZERO);
        assertThat(List.of(offerStatus(entry), entryStatus(entry))).containsExactly("EXPIRED", "WAITING");
        assertThat(perform(get(link)).getStatus()).isEqualTo(410);
        assertThat(perform(get("/waitlist/offers/not-a-real-token")).getStatus()).isEqualTo(404);
        assertThatThrownBy(() -> offers.confirm(link.substring(link.lastIndexOf('/') + 1)))
                .isInstanceOf(LinkExpiredException.class);
    }
}
