package org.tpiclinic.waitlist;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.tpiclinic.audit.AuditAction;
import org.tpiclinic.scheduling.Appointment;
import org.tpiclinic.scheduling.BookingRequest;
import org.tpiclinic.scheduling.Bookings;
import org.tpiclinic.shared.SecretTokens;
import org.tpiclinic.scheduling.SchedulingAccess;
import org.tpiclinic.scheduling.SlotTakenException;
import org.tpiclinic.shared.LinkExpiredException;
import org.tpiclinic.waitlist.WaitlistOffer.Status;
import org.tpiclinic.shared.NotFoundException;

/**
 * The emailed offer link: shows the offer and confirms it. Confirming books through {@link Bookings}, with the
 * offer id as idempotency key (a double click books once) and the database's no-double-booking guarantee: of
 * several patients offered the same time, the first to confirm gets it; the others get
 * {@link OfferTakenException} and wait again. An offer that ran out answers {@link LinkExpiredException};
 * {@link WaitlistSweep} expires it.
 */
@Service
public class WaitlistOfferDesk {

    private final WaitlistOffers offers;
    private final OfferOutcomes outcomes;
    private final Bookings bookings;
    private final SchedulingAccess access;
    private final Clock clock;

    WaitlistOfferDesk(WaitlistOffers offers, OfferOutcomes outcomes, Bookings bookings, SchedulingAccess access,
            Clock clock) {
        this.offers = offers;
        this.outcomes = outcomes;
        this.bookings = bookings;
        this.access = access;
        this.clock = clock;
    }

    /** The offer a link names (the read is audited); 404 for an unknown token, 410 when it ran out. */
    public WaitlistOffer byToken(String token) {
        var offer = find(token);
        access.record(OfferMaker.WAITLIST, offer.patientId(), AuditAction.READ, "waitlist offer " + offer.id()
                + " opened by its link");
        return offer;
    }

    /**
     * Books the offered time for the patient. Confirming an accepted offer again returns its appointment.
     *
     * @throws OfferTakenException when someone else got the time first (nothing booked; still waiting)
     */
    public WaitlistOffer confirm(String token) {
        var offer = find(token);
        if (offer.status() == Status.ACCEPTED) {
            return offer;
        }
        if (offer.status() == Status.OPEN && offer.entryStatus() != WaitlistStatus.OFFERED) {
            outcomes.lost(offer, Status.CLOSED, OfferMaker.WAITLIST); // the entry was withdrawn meanwhile
        }
        if (offer.status() != Status.OPEN || offer.entryStatus() != WaitlistStatus.OFFERED) {
            throw new OfferTakenException();
        }
        Appointment booked;
        try {
            booked = bookings.book(OfferMaker.WAITLIST, new BookingRequest(offer.patientId(), offer.clinicianId(),
                    offer.locationId(), offer.typeId(), offer.startAt(), "waitlist:" + offer.id()));
        } catch (SlotTakenException | IllegalArgumentException taken) {
            // Taken by another booking, or no longer bookable (in the past, outside hours): the same to the patient.
            outcomes.lost(offer, Status.TAKEN, OfferMaker.WAITLIST);
            throw new OfferTakenException();
        }
        outcomes.accepted(offer, booked.id(), OfferMaker.WAITLIST);
        return offers.findById(offer.id()).orElseThrow();
    }

    private WaitlistOffer find(String token) {
        if (token == null || token.length() > SecretTokens.MAX_LENGTH) {
            throw new NotFoundException("The offer");
        }
        var offer = offers.findByTokenHash(SecretTokens.hash(token))
                .orElseThrow(() -> new NotFoundException("The offer"));
        if (offer.expired(clock)) {
            // The sweep ends it (within a minute) and offers the time to the next patients.
            throw new LinkExpiredException();
        }
        return offer;
    }
}
