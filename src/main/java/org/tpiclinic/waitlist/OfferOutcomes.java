package org.tpiclinic.waitlist;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tpiclinic.audit.AuditAction;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.scheduling.SchedulingAccess;
import org.tpiclinic.waitlist.WaitlistOffer.Status;

/**
 * What becomes of an offer and its entry, each outcome one transaction. Every change is conditional, so a
 * repeated or concurrent call changes (and audits) nothing the first one already did.
 */
@Component
@Transactional
class OfferOutcomes {

    private final WaitlistOffers offers;
    private final WaitlistEntries entries;
    private final SchedulingAccess access;

    OfferOutcomes(WaitlistOffers offers, WaitlistEntries entries, SchedulingAccess access) {
        this.offers = offers;
        this.entries = entries;
        this.access = access;
    }

    /** The patient got the time: the entry is booked, and the other open offers of the slot close. */
    void accepted(WaitlistOffer offer, UUID appointmentId, CurrentUser actor) {
        // The appointment exists by now. If the sweep expired the offer in the moment between the booking and
        // this call (its entry then waits again), the booking still wins: the record must say booked.
        if (!offers.move(offer.id(), Status.OPEN, Status.ACCEPTED)
                && !offers.move(offer.id(), Status.EXPIRED, Status.ACCEPTED)) {
            return;
        }
        offers.accepted(offer.id(), appointmentId);
        if (!entries.move(offer.entryId(), WaitlistStatus.OFFERED, WaitlistStatus.BOOKED, actor.username())) {
            entries.move(offer.entryId(), WaitlistStatus.WAITING, WaitlistStatus.BOOKED, actor.username());
        }
        var closed = new ArrayList<Released>();
        for (var other : offers.openForSlot(offer.clinicianId(), offer.startAt())) {
            release(other, Status.CLOSED).ifPresent(closed::add);
        }
        access.record(actor, offer.patientId(), AuditAction.UPDATE, "waitlist entry " + offer.entryId()
                + " booked as appointment " + appointmentId);
        record(actor, closed);
    }

    /** Someone else got the time first, or the offer ran out: the entry waits again (unless it was withdrawn). */
    void lost(WaitlistOffer offer, Status outcome, CurrentUser actor) {
        release(offer, outcome).ifPresent(released -> record(actor, List.of(released)));
    }

    /**
     * Ends an open offer and lets its entry wait again; empty when it had already ended. It does not audit: the
     * caller records what it released ({@link #record}) in the same transaction, with its own actor. (Auditing
     * takes no lock since the chain is linked after commit, decision 19, so the order does not matter.)
     */
    Optional<Released> release(WaitlistOffer offer, Status outcome) {
        if (!offers.move(offer.id(), Status.OPEN, outcome)) {
            return Optional.empty();
        }
        boolean waits = entries.move(offer.entryId(), WaitlistStatus.OFFERED, WaitlistStatus.WAITING, null);
        return Optional.of(new Released(offer.patientId(), "waitlist entry " + offer.entryId()
                + (waits ? " waits again" : " keeps its status") + " (offer " + offer.id() + " "
                + outcome.name().toLowerCase() + ")"));
    }

    void record(CurrentUser actor, List<Released> released) {
        released.forEach(r -> access.record(actor, r.patientId(), AuditAction.UPDATE, r.what()));
    }

    /** An offer ended by {@link #release}, and what the audit log will say about it. */
    record Released(UUID patientId, String what) {
    }
}
