package org.tpiclinic.waitlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tpiclinic.waitlist.WaitlistOffer.Status;

/** When an offer's link stops working, and which entries count as still on the list: plain rules, no database. */
class WaitlistOfferRulesTest {

    static final Instant MADE = Instant.parse("2030-03-04T10:00:00Z");
    static final Instant EXPIRES = MADE.plus(Duration.ofHours(2));

    static WaitlistOffer offer(Status status) {
        return new WaitlistOffer(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), MADE.plus(Duration.ofDays(1)), status, MADE, EXPIRES, null,
                WaitlistStatus.OFFERED);
    }

    static Clock at(Instant now) {
        return Clock.fixed(now, ZoneOffset.UTC);
    }

    @Test
    void anOpenOfferWorksUntilTheMomentItExpires() {
        assertThat(offer(Status.OPEN).expired(at(EXPIRES.minusMillis(1)))).isFalse();
        assertThat(offer(Status.OPEN).expired(at(EXPIRES))).isTrue();
    }

    @Test
    void anOfferTheSweepExpiredStaysExpiredWhateverTheClockSays() {
        assertThat(offer(Status.EXPIRED).expired(at(MADE))).isTrue();
    }

    @Test
    void anAcceptedTakenOrClosedOfferHasNotRunOutEvenAfterItsTime() {
        // Their pages say what happened (booked, or taken by someone else), not that the link ran out.
        for (var status : new Status[] { Status.ACCEPTED, Status.TAKEN, Status.CLOSED }) {
            assertThat(offer(status).expired(at(EXPIRES.plus(Duration.ofDays(1))))).as(status.name()).isFalse();
        }
    }

    @Test
    void onlyWaitingAndOfferedEntriesAreStillOnTheList() {
        assertThat(WaitlistStatus.values()).filteredOn(WaitlistStatus::open)
                .containsExactly(WaitlistStatus.WAITING, WaitlistStatus.OFFERED);
    }
}
