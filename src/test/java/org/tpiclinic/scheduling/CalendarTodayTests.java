package org.tpiclinic.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.servlet.MockMvc;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.shared.ClinicianId;
import org.tpiclinic.shared.LocationId;

/**
 * "Today" in a calendar is where the people are, not UTC: at 04:00 UTC on Tuesday 10 March it is still Monday
 * evening in Phoenix, for the location and for a clinician who works there.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CalendarTodayTests {

    static final Instant TUESDAY_0400_UTC = Instant.parse("2026-03-10T04:00:00Z");

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(TUESDAY_0400_UTC, ZoneOffset.UTC);
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    Locations locations;
    @Autowired
    Clinicians clinicians;
    @Autowired
    Availability availability;

    @Test
    void aPhoenixClinicianAndLocationStillSeeMonday() throws Exception {
        var phoenix = locations.save(Location.open("Desert " + UUID.randomUUID(), "1 Cactus Rd", "(480) 555-0100",
                ZoneId.of("America/Phoenix")));
        var clinician = clinicians.save(Clinician.of(UUID.randomUUID(), "Dr. Desert",
                Set.of(SchedulingFixture.NEW_PATIENT)));
        availability.addHours(ClinicianId.of(clinician.id()), LocationId.of(phoenix.id()), DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(18, 0));
        var desk = ClinicUser.of(SchedulingFixture.DESK);
        for (String path : new String[] { "/schedule/clinicians/" + clinician.id() + "/day",
                "/schedule/locations/" + phoenix.id() + "/day" }) {
            var page = mvc.perform(get(path).with(user(desk))).andReturn().getResponse().getContentAsString();
            assertThat(page).as(path).contains("Monday 9 March 2026").doesNotContain("Tuesday 10 March 2026");
        }
    }
}
