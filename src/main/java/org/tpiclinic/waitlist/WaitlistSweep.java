package org.tpiclinic.waitlist;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;
import org.tpiclinic.waitlist.WaitlistOffer.Status;
import org.tpiclinic.waitlist.WaitlistOffers.OfferedTime;

/**
 * Expires offers that ran out and offers their times again. For each time whose open offers ran out, in one
 * transaction: the offers expire and their entries wait again (audited as the waitlist system user), then
 * {@link WaitlistMatcher} offers the time, if it is still free, to the next earliest matching entries not offered
 * it before. Every node may run it: a time's due offers are locked with {@code FOR UPDATE SKIP LOCKED}, so a
 * second node skips them. A time that fails stays due and is tried again on the next run.
 */
@Component
class WaitlistSweep {

    /** Times handled per run; the rest wait for the next run. */
    static final int TIMES_PER_RUN = 100;

    private static final Logger log = LoggerFactory.getLogger(WaitlistSweep.class);

    private final WaitlistOffers offers;
    private final OfferOutcomes outcomes;
    private final WaitlistMatcher matcher;
    private final TransactionOperations transactions;
    private final Clock clock;

    WaitlistSweep(WaitlistOffers offers, OfferOutcomes outcomes, WaitlistMatcher matcher,
            TransactionOperations transactions, Clock clock) {
        this.offers = offers;
        this.outcomes = outcomes;
        this.matcher = matcher;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @return the offers made again */
    List<WaitlistOffer> sweep() {
        Instant now = clock.instant();
        var made = new ArrayList<WaitlistOffer>();
        for (var time : offers.dueTimes(now, TIMES_PER_RUN)) {
            try {
                made.addAll(transactions.execute(status -> expireAndOfferAgain(time, now)));
            } catch (RuntimeException failed) {
                log.warn("Waitlist: the offers of {} ran out but could not be handled; trying again next run",
                        time, failed);
            }
        }
        return made;
    }

    private List<WaitlistOffer> expireAndOfferAgain(OfferedTime time, Instant now) {
        var due = offers.lockDue(time.clinicianId(), time.startAt(), now);
        if (due.isEmpty()) {
            return List.of(); // another node has them
        }
        var expired = due.stream().flatMap(offer -> outcomes.release(offer, Status.EXPIRED).stream()).toList();
        var made = matcher.freed(time.clinicianId(), time.locationId(), time.startAt(), now);
        outcomes.record(OfferMaker.WAITLIST, expired);
        return made;
    }
}
