package org.tpiclinic.shared;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The request limit of the pages that work without sign-in and change something (the public booking form, its
 * confirmation links, waitlist offer links): each client address may send
 * {@code tpi.public-pages.max-requests-per-hour} (default 10; the older name
 * {@code tpi.online-booking.max-requests-per-hour} still counts) such requests in each fixed one-hour window;
 * beyond that the page answers 429. Counted in the database through {@link RateCounter}, so every node agrees.
 */
@Component
public class PublicPageLimit {

    /** The page that says to wait (status 429), for every page this limit guards. */
    public static final String PAGE = "error/429";

    private static final Duration WINDOW = Duration.ofHours(1);
    private static final int MAX_ADDRESS = 90;

    private final RateCounter counter;
    private final int maxPerHour;

    PublicPageLimit(RateCounter counter, @Value("${tpi.public-pages.max-requests-per-hour:"
            + "${tpi.online-booking.max-requests-per-hour:10}}") int maxPerHour) {
        this.counter = counter;
        this.maxPerHour = maxPerHour;
    }

    /** Counts one request from the address; false when the address is over its limit for this hour. */
    public boolean allow(String address) {
        String key = address == null ? "" : address.length() > MAX_ADDRESS ? address.substring(0, MAX_ADDRESS) : address;
        return counter.countInWindow("book:" + key, WINDOW) <= maxPerHour;
    }
}
