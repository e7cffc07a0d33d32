package org.tpiclinic.booking;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone asked for an appointment on the public booking page; they must confirm it by the emailed link before
 * anything is booked. Published in the transaction that stored the request, so the email (sent by the
 * notifications module) is as durable as the request. The event carries the confirmation link, because only
 * a hash of its token is stored (see docs/decisions.md).
 *
 * @param slotLabel the chosen local time with its zone abbreviation, for example "Tue 5 Nov 2030, 10:00 AM EST"
 */
public record OnlineBookingRequested(UUID requestId, String email, String name, String typeName,
        String locationName, String slotLabel, String zoneId, String confirmLink, Instant expiresAt) {

    @Override
    public String toString() {
        // Keep the link (a credential until it expires) out of logs.
        return "OnlineBookingRequested[" + requestId + "]";
    }
}
