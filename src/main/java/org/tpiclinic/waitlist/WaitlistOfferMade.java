package org.tpiclinic.waitlist;

import java.time.Instant;
import java.util.UUID;

/**
 * A freed slot was offered to a patient on the waitlist; they confirm it by the emailed link, first come first
 * served. Published in the transaction that stored the offer, so the email (sent by the notifications module) is
 * as durable as the offer. Carries the link because only a hash of its token is stored.
 *
 * @param slotLabel the local time with its zone abbreviation, for example "Tue 5 Nov 2030, 10:00 AM EST"
 */
public record WaitlistOfferMade(UUID offerId, UUID patientId, String typeName, String clinicianName,
        String locationName, String slotLabel, String zoneId, String link, Instant expiresAt) {

    @Override
    public String toString() {
        // Keep the link (a credential until it expires) out of logs.
        return "WaitlistOfferMade[" + offerId + "]";
    }
}
