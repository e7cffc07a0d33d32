package org.tpiclinic.waitlist.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.tpiclinic.scheduling.Location;

/** The last date of an entry is checked against today where the patient would come, not today in UTC. */
class WaitlistFormTest {

    /** 8 pm on 9 March in Chicago, already 10 March in UTC. */
    static final Clock EVENING_IN_CHICAGO = Clock.fixed(Instant.parse("2030-03-10T02:00:00Z"), ZoneOffset.UTC);

    @Test
    void todayAtTheChosenLocationIsStillAllowedAfterMidnightInUtc() {
        var chicago = Location.open("Lake St", "2 Lake St", "(312) 555-0100", ZoneId.of("America/Chicago"));
        assertThat(WaitlistForm.earliestLastDate(chicago, EVENING_IN_CHICAGO)).isEqualTo(LocalDate.of(2030, 3, 9));
        var tokyo = Location.open("Ginza", "1 Ginza", "(03) 5555-0100", ZoneId.of("Asia/Tokyo"));
        assertThat(WaitlistForm.earliestLastDate(tokyo, EVENING_IN_CHICAGO)).isEqualTo(LocalDate.of(2030, 3, 10));
    }

    @Test
    void withNoLocationYesterdayInUtcIsAllowed() {
        assertThat(WaitlistForm.earliestLastDate(null, EVENING_IN_CHICAGO)).isEqualTo(LocalDate.of(2030, 3, 9));
        assertThat(WaitlistForm.earliestLastDate(null, Clock.fixed(Instant.parse("2030-03-10T23:00:00Z"),
                ZoneOffset.UTC))).isEqualTo(LocalDate.of(2030, 3, 9));
    }
}
