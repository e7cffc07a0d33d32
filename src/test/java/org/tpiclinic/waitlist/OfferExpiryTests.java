package org.tpiclinic.waitlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tpiclinic.scheduling.BookingRequest;

/**
 * Offers that run out: the sweep expires them and offers the time again, a withdrawal passes its offer on, and a
 * booking made as its offer expires still ends booked.
 */
class OfferExpiryTests extends WaitlistTestSupport {

    @Test
    void theSweepExpiresOffersThatRanOutAndOffersTheTimeToTheNextWaitingEntries() throws Exception {
        var start = at(8, LocalTime.of(10, 30));
        var first = waiting(patient(family("SweepA")), List.of());
        var second = waiting(patient(family("SweepB")), List.of());
        var third = waiting(patient(family("SweepC")), List.of());
        var fourth = waiting(patient(family("SweepD")), List.of());
        var fifth = waiting(patient(family("SweepE")), List.of());
        freeUp(start);
        awaitOffers(2);
        assertThat(offeredEntries()).containsExactly(first, second);

        assertThat(sweepAfter(Duration.ofMinutes(119))).isEmpty(); // not run out yet
        assertThat(List.of(offerStatus(first), entryStatus(first))).containsExactly("OPEN", "OFFERED");

        var again = sweepAfter(Duration.ofMinutes(121));
        assertThat(again).extracting(WaitlistOffer::entryId).containsExactly(third, fourth);
        assertThat(again).allSatisfy(o -> assertThat(o.startAt()).isEqualTo(start));
        assertThat(List.of(offerStatus(first), offerStatus(second))).containsOnly("EXPIRED");
        assertThat(List.of(entryStatus(first), entryStatus(second), entryStatus(fifth))).containsOnly("WAITING");
        assertThat(List.of(entryStatus(third), entryStatus(fourth))).containsOnly("OFFERED");
        var firstPatient = jdbc.sql("SELECT patient_id FROM waitlist_entries WHERE id = ?").param(first)
                .query(UUID.class).single();
        assertThat(jdbc.sql("SELECT username FROM audit_entries WHERE patient_id = ? AND target LIKE ?")
                .params(firstPatient, "waitlist entry " + first + " waits again (offer % expired)")
                .query(String.class).list()).containsExactly("waitlist");
        awaitOffers(4); // the new offers are emailed like the first ones

        assertThat(sweepAfter(Duration.ofMinutes(121))).isEmpty(); // a second run (or node) finds nothing due
        assertThat(offeredEntries()).hasSize(4);
    }

    @Test
    void withdrawingAnEntryThatHoldsAnOfferClosesItAndOffersTheTimeToTheNext() throws Exception {
        var start = at(8, LocalTime.of(13, 0));
        var first = waiting(patient(family("LeaveA")), List.of());
        var second = waiting(patient(family("LeaveB")), List.of());
        var third = waiting(patient(family("LeaveC")), List.of());
        freeUp(start);
        awaitOffers(2);
        assertThat(entryStatus(third)).isEqualTo("WAITING");

        waitlist.withdraw(DESK, first);
        assertThat(List.of(offerStatus(first), entryStatus(first))).containsExactly("CLOSED", "WITHDRAWN");
        assertThat(List.of(offerStatus(third), entryStatus(third))).containsExactly("OPEN", "OFFERED");
        awaitOffers(3);
        assertThat(offeredEntries()).containsExactly(first, second, third);
        waitlist.withdraw(DESK, first); // twice is harmless
        assertThat(offeredEntries()).hasSize(3);
    }

    @Test
    void anOfferRunsOutWhenItsTimeBeginsIfThatIsSooner() {
        var start = at(3, LocalTime.of(16, 0));
        var soon = waiting(patient(family("Soon")), List.of());
        var made = transactions.execute(tx -> matcher.freed(clinician, location, start,
                start.minus(Duration.ofMinutes(30))));
        assertThat(made).singleElement().satisfies(o -> assertThat(o.expiresAt()).isEqualTo(start));
        assertThat(offerTable.forEntry(soon)).singleElement().satisfies(o -> assertThat(o.expiresAt()).isEqualTo(start));

        waiting(patient(family("Early")), List.of());
        var now = start.minus(Duration.ofHours(5));
        var later = transactions.execute(tx -> matcher.freed(clinician, location, start.plus(Duration.ofHours(1)), now));
        assertThat(later).singleElement().satisfies(o -> assertThat(o.expiresAt()).isEqualTo(now.plus(Duration.ofHours(2))));
    }

    @Test
    void theSweepOffersNothingWhenTheTimeWasBookedMeanwhile() throws Exception {
        var start = at(9, LocalTime.of(15, 0));
        var first = waiting(patient(family("GoneA")), List.of());
        waiting(patient(family("GoneB")), List.of());
        var third = waiting(patient(family("GoneC")), List.of());
        freeUp(start);
        awaitOffers(2);
        bookings.book(DESK, new BookingRequest(patient(family("Walkin")), clinician, location, type, start,
                UUID.randomUUID().toString()));

        assertThat(sweepAfter(Duration.ofHours(3))).isEmpty();
        assertThat(offerStatus(first)).isEqualTo("EXPIRED");
        assertThat(List.of(entryStatus(first), entryStatus(third))).containsOnly("WAITING");
    }

    @Test
    void aBookingMadeAsTheSweepExpiresItsOfferStillEndsBooked() throws Exception {
        var start = at(7, LocalTime.of(15, 0));
        var entry = waiting(patient(family("Race")), List.of());
        freeUp(start);
        awaitOffers(1);
        var offer = offerTable.findById(jdbc.sql("SELECT id FROM waitlist_offers WHERE entry_id = ?").param(entry)
                .query(UUID.class).single()).orElseThrow();
        var booked = bookings.book(OfferMaker.WAITLIST, new BookingRequest(offer.patientId(), offer.clinicianId(),
                offer.locationId(), offer.typeId(), offer.startAt(), "waitlist:" + offer.id()));
        // The sweep gets in between the booking and the outcome: offer expired, entry waiting again.
        outcomes.lost(offer, WaitlistOffer.Status.EXPIRED, OfferMaker.WAITLIST);
        assertThat(List.of(offerStatus(entry), entryStatus(entry))).containsExactly("EXPIRED", "WAITING");

        outcomes.accepted(offer, booked.id(), OfferMaker.WAITLIST);
        assertThat(List.of(offerStatus(entry), entryStatus(entry))).containsExactly("ACCEPTED", "BOOKED");
        assertThat(bookedAt(start)).isEqualTo(1);
    }
}
