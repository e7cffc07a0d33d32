package org.tpiclinic.waitlist;

import java.time.Instant;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.tpiclinic.audit.AuditAction;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.shared.SecretTokens;
import org.tpiclinic.scheduling.SchedulingAccess;
import org.tpiclinic.scheduling.SchedulingDirectory;
import org.tpiclinic.scheduling.Slot;

/**
 * How many offers a freed time gets and to whom it went before; stores one offer (only its token's hash) and, in
 * the same transaction, announces it with the link, so the email the notifications module sends is as durable as
 * the offer.
 */
@Component
class OfferMaker {

    static final CurrentUser WAITLIST = CurrentUser.system("waitlist");

    private final WaitlistOffers offers;
    private final SchedulingDirectory directory;
    private final ApplicationEventPublisher events;
    private final SchedulingAccess access;
    private final WaitlistSettings settings;

    OfferMaker(WaitlistOffers offers, SchedulingDirectory directory, ApplicationEventPublisher events,
            SchedulingAccess access, WaitlistSettings settings) {
        this.offers = offers;
        this.directory = directory;
        this.events = events;
        this.access = access;
        this.settings = settings;
    }

    /** How many more open offers the clinician's time at {@code start} may get now. */
    int room(UUID clinicianId, Instant start) {
        return settings.offersPerSlot() - offers.openForSlot(clinicianId, start).size();
    }

    /** True when the entry was offered this time before (a repeated event, or an offer that ran out). */
    boolean offeredBefore(UUID entryId, UUID clinicianId, Instant start) {
        return offers.exists(entryId, clinicianId, start);
    }

    /** Offers {@code slot} to the entry, which the caller has just moved from waiting to offered. */
    WaitlistOffer offer(WaitlistEntry entry, Slot slot, Instant now) {
        String token = SecretTokens.generate();
        // A link is of no use once the time has begun, even when the validity would run longer.
        var expires = now.plus(settings.offerValidity());
        if (slot.start().isBefore(expires)) {
            expires = slot.start();
        }
        var offer = new WaitlistOffer(UUID.randomUUID(), entry.id(), entry.patientId(), slot.typeId(),
                slot.clinicianId(), slot.locationId(), slot.start(), WaitlistOffer.Status.OPEN, now,
                expires, null, WaitlistStatus.OFFERED);
        offers.insert(offer, SecretTokens.hash(token));
        access.record(WAITLIST, entry.patientId(), AuditAction.UPDATE, "waitlist entry " + entry.id()
                + " offered " + slot.start() + " (offer " + offer.id() + ")");
        var location = directory.location(slot.locationId());
        String link = settings.baseUrl().replaceAll("/+$", "") + "/waitlist/offers/" + token;
        events.publishEvent(new WaitlistOfferMade(offer.id(), entry.patientId(), directory.type(slot.typeId()).name(),
                directory.clinician(slot.clinicianId()).name(), location.name(), slot.label(),
                location.zone().getId(), link, offer.expiresAt()));
        return offer;
    }
}
