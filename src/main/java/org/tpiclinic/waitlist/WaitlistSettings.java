package org.tpiclinic.waitlist;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Waitlist settings ({@code tpi.waitlist.*}).
 *
 * @param offersPerSlot  how many waiting patients (the earliest matching) are offered each freed slot at once
 * @param offerValidity  how long an offer's link works
 * @param baseUrl        the address of the application as patients reach it, for links in emails
 * @param maxOpenPerPatient how many entries one patient may have on the list (waiting or offered) at once
 */
@ConfigurationProperties("tpi.waitlist")
public record WaitlistSettings(@DefaultValue("3") int offersPerSlot, @DefaultValue("2h") Duration offerValidity,
        @DefaultValue("http://localhost:8080") String baseUrl, @DefaultValue("5") int maxOpenPerPatient) {

    public WaitlistSettings {
        if (offersPerSlot < 1 || offerValidity.isNegative() || offerValidity.isZero() || maxOpenPerPatient < 1) {
            throw new IllegalArgumentException("tpi.waitlist: offers-per-slot and max-open-per-patient must be at "
                    + "least 1 and offer-validity positive");
        }
    }
}
