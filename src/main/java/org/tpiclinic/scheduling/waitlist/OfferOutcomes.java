package org.tpiclinic.scheduling.waitlist;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tpiclinic.audit.AuditAction;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.scheduling.SchedulingAccess;
import org.tpiclinic.scheduling.waitlist.WaitlistOffer.Status;

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
        if (!offers.move(offer.id(), Status.OPEN, Status.ACCEPTED)) {
            return;
        }
        offers.accepted(offer.id(), appointmentId);
        entries.move(offer.entryId(), WaitlistStatus.OFFERED, WaitlistStatus.BOOKED, actor.username());
        access.record(actor, offer.patientId(), AuditAction.UPDATE, "waitlist entry " + offer.entryId()
                + " booked as appointment " + appointmentId);
        for (var other : offers.openForSlot(offer.clinicianId(), offer.startAt())) {
            lost(other, Status.CLOSED, actor);
        }
    }

    /** Someone else got the time first, or the offer ran out: the entry waits again (unless it was withdrawn). */
    void lost(WaitlistOffer offer, Status outcome, CurrentUser actor) {
        if (offers.move(offer.id(), Status.OPEN, outcome)) {
            boolean waits = entries.move(offer.entryId(), WaitlistStatus.OFFERED, WaitlistStatus.WAITING, null);
            access.record(actor, offer.patientId(), AuditAction.UPDATE, "waitlist entry " + offer.entryId()
                    + (waits ? " waits again" : " keeps its status") + " (offer " + offer.id() + " "
                    + outcome.name().toLowerCase() + ")");
        }
    }
}
